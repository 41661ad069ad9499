// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// select {} with no other goroutine deadlocks.

package main

func main() {
	println("before")
	select {}
}

// CHECK: before
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
