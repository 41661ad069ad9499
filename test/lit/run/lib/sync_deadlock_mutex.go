// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Locking a locked Mutex with no other goroutine is a deadlock; Go 1.19 reports
// the goroutine as waiting in semacquire.
// runtime/sema.cpp parks sync.runtime_SemacquireMutex with Go 1.20's wait
// reason "sync.Mutex.Lock"; Go 1.19 says "semacquire".

package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	println("before")
	mu.Lock()
	println("unreachable")
}

// CHECK: before
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [semacquire]:
