// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Right shifts are arithmetic for signed and logical for unsigned integers.

package main

func main() {
	var a int8 = -128
	println(a>>1, a>>7, a>>8, a>>200)
	var b uint8 = 128
	println(b>>1, b>>7, b>>8)
	var c int64 = -1
	println(c>>63, c>>64)
	var d uint64 = 1 << 63
	println(d>>63, d>>64)
	var e int32 = -7
	println(e>>1, e/2)
}

// CHECK: -64 -1 -1 -1
// CHECK-NEXT: 64 1 0
// CHECK-NEXT: -1 -1
// CHECK-NEXT: 1 0
// CHECK-NEXT: -4 -3
