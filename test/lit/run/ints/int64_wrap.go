// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// int64 and int arithmetic wrap around modulo 2^64.

package main

func main() {
	var a int64 = 9223372036854775807
	a++
	println(a)
	var b int = -9223372036854775808
	println(b-1, -b)
	var c int64 = 3037000500
	println(c * c)
}

// CHECK: -9223372036854775808
// CHECK-NEXT: 9223372036854775807 -9223372036854775808
// CHECK-NEXT: -9223372036709301616
