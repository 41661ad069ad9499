// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Unknown fields and too many values in composite literals.

package main

type P struct{ X, Y int }

func main() {
	a := P{Z: 1}
	b := P{1, 2, 3}
	c := []int{"s"}
	println(a.X, b.X, c)
}

// CHECK: {{.*}}wrong_composite_literal.go:9:9: unknown field 'Z' in struct literal of type P
// CHECK-NEXT: {{.*}}wrong_composite_literal.go:10:15: too many values in P{…}
// CHECK-NEXT: {{.*}}wrong_composite_literal.go:11:13: cannot use "s" (untyped string constant) as int value in array or slice literal
