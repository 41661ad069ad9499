// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Functions returning several results, passed directly to another call.

package main

func divmod(a, b int) (int, int) { return a / b, a % b }

func sum(a, b int) int { return a + b }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	println(sum(divmod(17, 5)))
	println(swap("x", "y"))
	_, r2 := divmod(9, 4)
	println(r2)
}

// CHECK: 3 2
// CHECK-NEXT: 5
// CHECK-NEXT: y x
// CHECK-NEXT: 1
