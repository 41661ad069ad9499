// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// println writes to standard error, one line per call, operands separated by spaces.

package main

func main() {
	println("hello, world")
	println(1, true, "x", 2.5)
	print("no newline", 3, "\n")
}

// CHECK: hello, world
// CHECK-NEXT: 1 true x +2.500000e+000
// CHECK-NEXT: no newline3
