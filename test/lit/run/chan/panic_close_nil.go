// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Closing a nil channel panics.

package main

func main() {
	var c chan int
	println(len(c), cap(c), c == nil)
	close(c)
}

// CHECK: 0 0 true
// CHECK-NEXT: panic: close of nil channel
