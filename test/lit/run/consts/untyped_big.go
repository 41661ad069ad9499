// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Untyped constant arithmetic is exact, beyond 64 bits and with fractions.

package main

const Huge = 1 << 100
const Small = Huge >> 98
const Third = 1.0 / 3
const Exact = Third * 3

func main() {
	println(Small)
	println(Exact == 1, Exact)
	println(Huge / (1 << 90))
	const big = 12345678901234567890123
	println(big % 1000000)
	var f float64 = Huge
	println(f)
}

// CHECK: 4
// CHECK-NEXT: true +1.000000e+000
// CHECK-NEXT: 1024
// CHECK-NEXT: 890123
// CHECK-NEXT: +1.267651e+030
