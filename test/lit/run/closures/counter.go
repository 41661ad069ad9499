// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Each call of a closure factory gets its own captured state.

package main

func counter(start int) (func() int, func()) {
	n := start
	return func() int { n++; return n }, func() { n = 0 }
}

func main() {
	a, resetA := counter(10)
	b, _ := counter(100)
	println(a(), a(), b(), a())
	resetA()
	println(a(), b())
}

// CHECK: 11 12 101 13
// CHECK-NEXT: 1 102
