// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// println prints integers in decimal, min and max of every size.

package main

func main() {
	println(int8(-128), int8(127), uint8(255))
	println(int16(-32768), int16(32767), uint16(65535))
	println(int32(-2147483648), int32(2147483647), uint32(4294967295))
	println(int64(-9223372036854775808), int64(9223372036854775807), uint64(18446744073709551615))
	println(0, -0, 0x10, 0o17, 0b101, 1_000_000)
}

// CHECK: -128 127 255
// CHECK-NEXT: -32768 32767 65535
// CHECK-NEXT: -2147483648 2147483647 4294967295
// CHECK-NEXT: -9223372036854775808 9223372036854775807 18446744073709551615
// CHECK-NEXT: 0 0 16 15 5 1000000
