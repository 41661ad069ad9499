// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// RWMutex.Lock while the main goroutine holds a read lock is a deadlock.
// runtime/sema.cpp parks sync.runtime_SemacquireMutex with Go 1.20's wait
// reason "sync.Mutex.Lock"; Go 1.19 says "semacquire".

package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	println("before")
	rw.Lock()
	println("unreachable")
}

// CHECK: before
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [semacquire]:
