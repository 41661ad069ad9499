// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// println prints floats in %e style with 7 significant digits and a sign.

package main

func main() {
	println(0.0, 1.0, -1.0, 3.14159265358979, 1e100, 1e-100)
	println(123456789.0, 0.000123456789, -2.5e-7)
	var f float32 = 0.1
	println(f, float64(f))
}

// CHECK: +0.000000e+000 +1.000000e+000 -1.000000e+000 +3.141593e+000 +1.000000e+100 +1.000000e-100
// CHECK-NEXT: +1.234568e+008 +1.234568e-004 -2.500000e-007
// CHECK-NEXT: +1.000000e-001 +1.000000e-001
