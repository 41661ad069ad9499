// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Receiving when no other goroutine can ever send is a fatal deadlock.

package main

func main() {
	c := make(chan int)
	println("before")
	<-c
	println("unreachable")
}

// CHECK: before
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
