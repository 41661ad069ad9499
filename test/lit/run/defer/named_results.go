// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A deferred closure can read and change named results.

package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func trace() (s string) {
	defer func() { s = "[" + s + "]" }()
	s = "x"
	return s + "y"
}

func main() {
	println(double(), trace())
}

// CHECK: 42 [xy]
