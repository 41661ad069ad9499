// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync.Mutex Lock/Unlock/TryLock, Locker, and RWMutex read and write locking
// (TryLock/TryRLock observe the state) without contention.

package main

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	println(mu.TryLock())
	mu.Unlock()
	println(mu.TryLock())
	println(mu.TryLock())
	mu.Unlock()
	var l sync.Locker = &mu
	l.Lock()
	println(mu.TryLock())
	l.Unlock()
	c := &counter{}
	for i := 0; i < 5; i++ {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
	}
	println(c.n)

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	rw.Lock()
	println(rw.TryRLock(), rw.TryLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	println(rw.TryLock())
	rl.Unlock()
	println(rw.TryLock())
	rw.Unlock()
}

// CHECK: false
// CHECK-NEXT: true
// CHECK-NEXT: false
// CHECK-NEXT: false
// CHECK-NEXT: 5
// CHECK-NEXT: false true
// CHECK-NEXT: true false
// CHECK-NEXT: false false
// CHECK-NEXT: false
// CHECK-NEXT: true
