// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Slices share their backing array until append has to reallocate.

package main

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	println(b[3], c[3])
	b[0] = 9
	println(a[0], c[0])
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	println(d[0], e[0], len(d), cap(d))
}

// CHECK: 5 5
// CHECK-NEXT: 9 9
// CHECK-NEXT: 1 100 3 3
