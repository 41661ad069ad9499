// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// uint64, uint and uintptr arithmetic wrap around modulo 2^64.

package main

func main() {
	var a uint64 = 18446744073709551615
	a++
	println(a)
	var b uint = 0
	println(b - 1)
	var c uintptr = 1 << 63
	println(c * 2, c + c - 1)
	var d uint64 = 1 << 32
	println(d * d, d*d-1)
}

// CHECK: 0
// CHECK-NEXT: 18446744073709551615
// CHECK-NEXT: 0 18446744073709551615
// CHECK-NEXT: 0 18446744073709551615
