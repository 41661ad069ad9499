// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Integer division by zero panics with a runtime error.

package main

func main() {
	a := 10
	b := 0
	println("start")
	println(a / b)
}

// CHECK: start
// CHECK-NEXT: panic: runtime error: integer divide by zero
