// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Closures capture variables, not values.

package main

func main() {
	x := 1
	f := func() int { return x * 10 }
	x = 2
	println(f())
	inc := func() { x++ }
	inc()
	inc()
	println(x, f())
}

// CHECK: 20
// CHECK-NEXT: 4 40
