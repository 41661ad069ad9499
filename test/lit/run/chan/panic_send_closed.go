// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Sending on a closed channel panics.

package main

func main() {
	c := make(chan int, 1)
	close(c)
	println("closed")
	c <- 1
}

// CHECK: closed
// CHECK-NEXT: panic: send on closed channel
