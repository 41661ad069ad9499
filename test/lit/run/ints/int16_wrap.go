// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// int16 arithmetic wraps around modulo 2^16.

package main

func main() {
	var a int16 = 32767
	a += 2
	println(a)
	var b int16 = -32768
	println(b - 1)
	var c int16 = 300
	println(c * c)
}

// CHECK: -32767
// CHECK-NEXT: 32767
// CHECK-NEXT: 24464
