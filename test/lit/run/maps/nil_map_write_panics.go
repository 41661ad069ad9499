// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Writing to a nil map panics.

package main

func main() {
	var m map[string]int
	println("writing")
	m["x"] = 1
}

// CHECK: writing
// CHECK-NEXT: panic: assignment to entry in nil map
