// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Indexing a string out of range panics.

package main

func main() {
	s := "abc"
	i := 5
	println(s[i])
}

// CHECK: panic: runtime error: index out of range [5] with length 3
