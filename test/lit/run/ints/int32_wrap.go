// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// int32 arithmetic wraps around modulo 2^32.

package main

func main() {
	var a int32 = 2147483647
	a++
	println(a)
	var b int32 = 65536
	println(b * b)
	var c int32 = -2147483648
	println(-c, c-1)
}

// CHECK: -2147483648
// CHECK-NEXT: 0
// CHECK-NEXT: -2147483648 2147483647
