// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Float arithmetic and comparisons.

package main

func main() {
	a := 7.5
	b := -2.0
	println(a+b, a-b, a*b, a/b)
	println(a < b, a > b, a == 7.5)
	c := 1.0
	for i := 0; i < 10; i++ {
		c *= 10
	}
	println(c)
	var f32 float32 = 1.0 / 3
	println(f32, float32(1)/3 == f32)
}

// CHECK: +5.500000e+000 +9.500000e+000 -1.500000e+001 -3.750000e+000
// CHECK-NEXT: false true true
// CHECK-NEXT: +1.000000e+010
// CHECK-NEXT: +3.333333e-001 true
