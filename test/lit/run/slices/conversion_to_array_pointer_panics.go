// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Converting a slice that is too short to an array pointer panics.

package main

func main() {
	s := make([]int, 2)
	p := (*[3]int)(s)
	println(p[0])
}

// CHECK: panic: runtime error: cannot convert slice with length 2 to pointer to array with length 3
