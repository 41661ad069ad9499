// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Tuple assignment evaluates index operands first, then assigns left to right.

package main

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	println(i, a[0], a[1])
	x, y := 1, 2
	x, y = y, x
	println(x, y)
	b := []int{1, 2, 3}
	j := 0
	j, b[j], b[j+1] = 2, b[2], b[j]
	println(j, b[0], b[1], b[2])
}

// CHECK: 1 9 0
// CHECK-NEXT: 2 1
// CHECK-NEXT: 2 3 1 3
