// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// uint16 arithmetic wraps around modulo 2^16.

package main

func main() {
	var a uint16 = 65535
	a++
	println(a)
	var b uint16 = 0
	println(b - 1)
	var c uint16 = 1000
	println(c * c)
}

// CHECK: 0
// CHECK-NEXT: 65535
// CHECK-NEXT: 16960
