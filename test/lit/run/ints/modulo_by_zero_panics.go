// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Integer modulo by zero panics like division.

package main

func main() {
	var a uint8 = 10
	var b uint8
	println(a % b)
}

// CHECK: panic: runtime error: integer divide by zero
