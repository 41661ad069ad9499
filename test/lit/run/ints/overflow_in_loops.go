// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Loop counters of small types wrap around; a uint8 loop to 255 needs care.

package main

func main() {
	n := 0
	for i := uint8(250); i != 4; i++ {
		n++
	}
	println(n)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	println(h)
	var x int16 = 1
	for i := 0; i < 20; i++ {
		x *= 3
	}
	println(x)
}

// CHECK: 10
// CHECK-NEXT: 1335831723
// CHECK-NEXT: 7057
