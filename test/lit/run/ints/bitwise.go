// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Bitwise operators &, |, ^, &^ and unary ^ on signed and unsigned values.

package main

func main() {
	var a uint8 = 0xf0
	var b uint8 = 0x3c
	println(a&b, a|b, a^b, a&^b, ^a)
	var c int16 = -1
	var d int16 = 0x0ff0
	println(c&d, c|d, c^d, c&^d, ^d)
	var e int = 5
	println(^e, -e, +e)
}

// CHECK: 48 252 204 192 15
// CHECK-NEXT: 4080 -1 -4081 -4081 -4081
// CHECK-NEXT: -6 -5 5
