// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Integer conversions truncate, sign-extend or zero-extend.

package main

func main() {
	var a int = 0x12345678ff
	println(int8(a), uint8(a), int16(a), uint16(a), int32(a), uint32(a))
	var b int8 = -2
	println(int64(b), uint64(b), uint8(b), uint16(b), uint32(b))
	var c uint8 = 200
	println(int8(c), int(c), int64(c))
	var d int64 = -1
	println(uint64(d), uint(d), uintptr(d))
}

// CHECK: -1 255 30975 30975 878082303 878082303
// CHECK-NEXT: -2 18446744073709551614 254 65534 4294967294
// CHECK-NEXT: -56 200 200
// CHECK-NEXT: 18446744073709551615 18446744073709551615 18446744073709551615
