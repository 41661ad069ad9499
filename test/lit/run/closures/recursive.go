// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A closure can call itself through a variable declared before it.

package main

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
	var walk func(n int) string
	walk = func(n int) string {
		if n == 0 {
			return "."
		}
		return "(" + walk(n-1) + ")"
	}
	println(walk(3))
}

// CHECK: 6765
// CHECK-NEXT: (((.)))
