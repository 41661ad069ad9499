// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// WaitGroup.Wait with a count nobody will decrement is a deadlock.

package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	println("before")
	wg.Wait()
	println("unreachable")
}

// CHECK: before
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [semacquire]:
