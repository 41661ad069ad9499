// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// println prints complex numbers as (re+imi) in %e style.

package main

func main() {
	c := complex(1.5, -2)
	println(c)
	var c64 complex64 = 3i
	println(c64)
	println(real(c), imag(c), real(c64), imag(c64))
	zero := 0.0
	println(complex(1/zero, zero/zero))
}

// CHECK: (+1.500000e+000-2.000000e+000i)
// CHECK-NEXT: (+0.000000e+000+3.000000e+000i)
// CHECK-NEXT: +1.500000e+000 -2.000000e+000 +0.000000e+000 +3.000000e+000
// CHECK-NEXT: (+InfNaNi)
