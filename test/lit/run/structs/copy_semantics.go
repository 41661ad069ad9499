// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Struct assignment copies; pointers share.

package main

type T struct {
	n    int
	tags []string
}

func main() {
	a := T{1, []string{"x"}}
	b := a
	b.n = 2
	b.tags[0] = "shared"
	println(a.n, b.n, a.tags[0])
	p := &a
	p.n = 3
	println(a.n)
	q := *p
	q.n = 4
	println(a.n, q.n)
}

// CHECK: 1 2 shared
// CHECK-NEXT: 3
// CHECK-NEXT: 3 4
