// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Recursion, mutual recursion and deep recursion.

package main

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return depth(n-1) + 1 + pad[0]*0
}

func main() {
	println(fact(20))
	println(isEven(10), isOdd(7), isEven(7))
	println(depth(100000))
}

// CHECK: 2432902008176640000
// CHECK-NEXT: true true false
// CHECK-NEXT: 100000
