// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Structs compare field by field, including nested and blank-free fields.

package main

type Inner struct {
	A int
	B string
}

type Outer struct {
	I Inner
	F float64
	P *int
}

func main() {
	x := 1
	a := Outer{Inner{1, "x"}, 2.5, &x}
	b := Outer{Inner{1, "x"}, 2.5, &x}
	c := Outer{Inner{1, "y"}, 2.5, &x}
	println(a == b, a == c, a.I == c.I, a.I != c.I)
	y := 1
	d := Outer{Inner{1, "x"}, 2.5, &y}
	println(a == d)
	zero := 0.0
	e := Outer{F: zero / zero}
	println(e == e)
}

// CHECK: true false false true
// CHECK-NEXT: false
// CHECK-NEXT: false
