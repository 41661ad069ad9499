// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Closures capture parameters and named results.

package main

func f(x int) (r int) {
	set := func() { r = x * 3 }
	x++
	set()
	return
}

func main() {
	println(f(1), f(10))
}

// CHECK: 6 33
