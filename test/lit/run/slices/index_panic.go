// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Indexing a slice out of range panics with index and length.

package main

func main() {
	s := []string{"a", "b"}
	i := -1 + len(s)*2
	println(s[i])
}

// CHECK: panic: runtime error: index out of range [3] with length 2
