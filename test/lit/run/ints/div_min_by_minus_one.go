// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The most negative integer divided by -1 is itself; the remainder is 0.

package main

func main() {
	var a int8 = -128
	var m1 int8 = -1
	println(a/m1, a%m1)
	var b int32 = -2147483648
	var n1 int32 = -1
	println(b/n1, b%n1)
	var c int64 = -9223372036854775808
	var o1 int64 = -1
	println(c/o1, c%o1)
}

// CHECK: -128 0
// CHECK-NEXT: -2147483648 0
// CHECK-NEXT: -9223372036854775808 0
