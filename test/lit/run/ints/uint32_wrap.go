// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// uint32 arithmetic wraps around modulo 2^32.

package main

func main() {
	var a uint32 = 4294967295
	a++
	println(a)
	var b uint32 = 0
	println(b - 1)
	var c uint32 = 100000
	println(c*c, ^c)
}

// CHECK: 0
// CHECK-NEXT: 4294967295
// CHECK-NEXT: 1410065408 4294867295
