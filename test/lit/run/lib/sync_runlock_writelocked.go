// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// RUnlock of an RWMutex that is write-locked (no reader inside) is a fatal
// error (exit 2).

package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Lock()
	println("before")
	rw.RUnlock()
}

// CHECK: before
// CHECK-NEXT: fatal error: sync: RUnlock of unlocked RWMutex
