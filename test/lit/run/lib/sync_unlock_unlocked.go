// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Unlock of an unlocked Mutex is a fatal error that recover cannot stop.

package main

import "sync"

func main() {
	var m sync.Mutex
	m.Lock()
	m.Unlock()
	println("before")
	defer func() { println("not recovered", recover() != nil) }()
	m.Unlock()
}

// CHECK: before
// CHECK-NEXT: fatal error: sync: unlock of unlocked mutex
// CHECK-NOT: not recovered
