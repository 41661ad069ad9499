// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Signed and unsigned comparisons.

package main

func main() {
	var a int8 = -1
	var b int8 = 1
	println(a < b, a > b, a <= b, a >= b, a == b, a != b)
	var c uint8 = 255
	var d uint8 = 1
	println(c < d, c > d)
	var e int64 = -9223372036854775808
	println(e < 0, e < 9223372036854775807)
	var f uint64 = 1 << 63
	println(f > 0, f > 1<<62)
}

// CHECK: true false true false false true
// CHECK-NEXT: false true
// CHECK-NEXT: true true
// CHECK-NEXT: true true
