// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Untyped constants in float expressions and conversions between float sizes.

package main

func main() {
	x := 10
	f := float64(x) / 4
	println(f)
	var f32 float32 = float32(f)
	println(f32)
	h := 1 / 3.0
	println(h, float32(h))
	g := -3.99
	println(float64(int64(g)))
}

// CHECK: +2.500000e+000
// CHECK-NEXT: +2.500000e+000
// CHECK-NEXT: +3.333333e-001 +3.333333e-001
// CHECK-NEXT: -3.000000e+000
