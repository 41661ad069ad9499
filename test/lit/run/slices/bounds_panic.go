// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Slicing beyond capacity panics with Go's message.

package main

func main() {
	s := make([]int, 3)
	hi := 5
	println("slicing")
	t := s[:hi]
	println(len(t))
}

// CHECK: slicing
// CHECK-NEXT: panic: runtime error: slice bounds out of range [:5] with capacity 3
