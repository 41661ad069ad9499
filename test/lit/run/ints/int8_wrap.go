// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// int8 arithmetic wraps around modulo 2^8.

package main

func main() {
	var a int8 = 127
	a++
	println(a)
	var b int8 = -128
	b--
	println(b)
	var c int8 = 100
	println(c * 3)
	var d int8 = -128
	println(-d, d/-1)
}

// CHECK: -128
// CHECK-NEXT: 127
// CHECK-NEXT: 44
// CHECK-NEXT: -128 -128
