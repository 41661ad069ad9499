// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Float to integer conversion truncates toward zero; integer to float rounds.

package main

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e3}
	for _, f := range fs {
		println(int64(f), int32(f/10))
	}
	var big int64 = 9007199254740993
	println(float64(big), float32(big))
	var u uint64 = 18446744073709551615
	println(float64(u))
	var f32 float32 = 16777217
	println(int32(f32))
}

// CHECK: 2 0
// CHECK-NEXT: -2 0
// CHECK-NEXT: 0 0
// CHECK-NEXT: 0 0
// CHECK-NEXT: 10000000000 1000000000
// CHECK-NEXT: -1000 -100
// CHECK-NEXT: +9.007199e+015 +9.007199e+015
// CHECK-NEXT: +1.844674e+019
// CHECK-NEXT: 16777216
