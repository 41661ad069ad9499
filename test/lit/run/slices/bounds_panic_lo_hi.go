// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Slicing with low > high panics with Go's message.

package main

func main() {
	s := []int{1, 2, 3}
	lo, hi := 2, 1
	println(len(s[lo:hi]))
}

// CHECK: panic: runtime error: slice bounds out of range [2:1]
