// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Compound assignment operators.

package main

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 7
	x %= 10
	println(x)
	y := 0xff
	y &= 0x0f
	y |= 0x30
	y ^= 0x01
	y <<= 2
	y >>= 1
	y &^= 0x2
	println(y)
}

// CHECK: 9
// CHECK-NEXT: 124
