// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Top-level functions as values and in data structures.

package main

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

type binop func(int, int) int

func fold(f binop, init int, xs []int) int {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	println(fold(add, 0, xs), fold(mul, 1, xs))
	table := []struct {
		name string
		f    binop
	}{{"add", add}, {"mul", mul}}
	for _, e := range table {
		println(e.name, e.f(6, 7))
	}
}

// CHECK: 15 120
// CHECK-NEXT: add 13
// CHECK-NEXT: mul 42
