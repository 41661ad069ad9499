// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Infinities, NaN and negative zero print as Go prints them.

package main

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := -zero
	println(inf, ninf, nan, negz, zero)
	println(inf > 1e308, ninf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
	println(negz == zero, 1/negz)
}

// CHECK: +Inf -Inf NaN -0.000000e+000 +0.000000e+000
// CHECK-NEXT: true true false true false false
// CHECK-NEXT: true -Inf
