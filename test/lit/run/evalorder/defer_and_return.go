// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A return statement evaluates its results before deferred calls run.

package main

func f() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func g() (x int) {
	defer func() { x = 100 }()
	return 1
}

func main() {
	println(f(), g())
}

// CHECK: 1 100
