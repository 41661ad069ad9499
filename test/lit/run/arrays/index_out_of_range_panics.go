// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Indexing an array with a variable out of range panics.

package main

func main() {
	var a [4]int
	i := 4
	a[i] = 1
}

// CHECK: panic: runtime error: index out of range [4] with length 4
