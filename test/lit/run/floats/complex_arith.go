// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Complex arithmetic and equality.

package main

func main() {
	a := 1 + 2i
	b := 3 - 1i
	println(a+b, a-b, a*b, a/b)
	println(a == b, a == 1+2i, a != b)
	var c complex64 = complex64(a)
	c *= c
	println(c)
	d := -a
	println(d)
}

// CHECK: (+4.000000e+000+1.000000e+000i) (-2.000000e+000+3.000000e+000i) (+5.000000e+000+5.000000e+000i) (+1.000000e-001+7.000000e-001i)
// CHECK-NEXT: false true true
// CHECK-NEXT: (-3.000000e+000+4.000000e+000i)
// CHECK-NEXT: (-1.000000e+000-2.000000e+000i)
