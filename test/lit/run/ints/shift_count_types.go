// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A shift count may have any integer type, signed counts included (Go 1.13).

package main

func main() {
	x := 1
	var s8 int8 = 3
	var s16 uint16 = 4
	var s64 int64 = 5
	var su uintptr = 6
	println(x<<s8, x<<s16, x<<s64, x<<su)
	var u uint8 = 0xff
	println(u>>s8, u<<s8)
}

// CHECK: 8 16 32 64
// CHECK-NEXT: 31 248
