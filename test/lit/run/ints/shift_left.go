// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Left shifts drop the bits shifted out; shifting by the width or more gives 0.

package main

func main() {
	var a int8 = 1
	for _, s := range []uint{0, 6, 7, 8, 100} {
		println(s, a<<s)
	}
	var b uint32 = 0xdeadbeef
	println(b<<4, b<<31, b<<32)
	var c int64 = 3
	var s uint = 62
	println(c<<s, c<<64)
}

// CHECK: 0 1
// CHECK-NEXT: 6 64
// CHECK-NEXT: 7 -128
// CHECK-NEXT: 8 0
// CHECK-NEXT: 100 0
// CHECK-NEXT: 3940282096 2147483648 0
// CHECK-NEXT: -4611686018427387904 0
