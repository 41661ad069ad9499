// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Shifting by a negative signed count panics at run time.

package main

func main() {
	var s int = -1
	x := 1
	println("before")
	println(x << s)
}

// CHECK: before
// CHECK-NEXT: panic: runtime error: negative shift amount
