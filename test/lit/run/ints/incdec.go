// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// ++ and -- statements on variables, fields, elements and pointers.

package main

type T struct{ n int }

func main() {
	x := 5
	x++
	x++
	x--
	t := T{}
	t.n++
	a := []int{1, 2}
	a[1]--
	p := &x
	*p++
	m := map[string]int{}
	m["k"]++
	m["k"]++
	println(x, t.n, a[1], m["k"])
}

// CHECK: 7 1 1 2
