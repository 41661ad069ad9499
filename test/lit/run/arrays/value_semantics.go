// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Arrays are values: assignment and argument passing copy them.

package main

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	c := modify(a)
	println(a[0], a[1], a[2])
	println(b[0], b[1], b[2])
	println(c[0], c[1], c[2])
}

// CHECK: 1 2 3
// CHECK-NEXT: 1 20 3
// CHECK-NEXT: 100 2 3
