// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The address of a local variable stays valid after the function returns.

package main

type T struct{ v int }

func mk(v int) *T {
	t := T{v}
	return &t
}

func counter() *int {
	n := 0
	return &n
}

func main() {
	a := mk(1)
	b := mk(2)
	println(a.v, b.v, a != b)
	c := counter()
	*c += 5
	d := counter()
	println(*c, *d)
}

// CHECK: 1 2 true
// CHECK-NEXT: 5 0
