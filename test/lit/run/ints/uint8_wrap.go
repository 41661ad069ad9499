// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// uint8 (byte) arithmetic wraps around modulo 2^8.

package main

func main() {
	var a uint8 = 255
	a++
	println(a)
	var b byte = 0
	b--
	println(b)
	var c uint8 = 200
	println(c+100, c*2, -c)
}

// CHECK: 0
// CHECK-NEXT: 255
// CHECK-NEXT: 44 144 56
