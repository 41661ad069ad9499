// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Unlock of an RWMutex that is not write-locked (here: only read-locked) is a
// fatal error that recover cannot stop (exit 2).

package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	println("before")
	defer func() { println("not recovered", recover() != nil) }()
	rw.Unlock()
}

// CHECK: before
// CHECK-NEXT: fatal error: sync: Unlock of unlocked RWMutex
// CHECK-NOT: not recovered
