// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Unlock of a zero Mutex is a fatal error, also from another goroutine and
// with waiters around.

package main

import "sync"

func main() {
	var m sync.Mutex
	println("try", m.TryLock(), m.TryLock())
	m.Unlock()
	println("unlocked once")
	done := make(chan bool)
	go func() {
		m.Unlock()
		done <- true
	}()
	<-done
	println("unreachable")
}

// CHECK: try true false
// CHECK-NEXT: unlocked once
// CHECK-NEXT: fatal error: sync: unlock of unlocked mutex
// CHECK-NOT: unreachable
