// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Swapping through pointers and tuple assignment.

package main

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	x, y = y, x
	println(x, y)
}

// CHECK: 2 1
// CHECK-NEXT: 1 2
