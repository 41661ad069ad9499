// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Mutex and RWMutex under contention: mutual exclusion (no lost updates, no
// reader inside with a writer, at most one writer), TryLock/TryRLock results
// in every state, writer preference (a blocked Lock stops new readers), and a
// waiter eventually getting a Mutex that another goroutine relocks in a loop.

package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func mutexCounting() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	inside := int32(0)
	bad := int32(0)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				if g%2 == 0 || !mu.TryLock() {
					mu.Lock()
				}
				if atomic.AddInt32(&inside, 1) != 1 {
					atomic.AddInt32(&bad, 1)
				}
				v := n
				if i%50 == 0 {
					runtime.Gosched()
				}
				n = v + 1
				atomic.AddInt32(&inside, -1)
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	println("mutex count", n, "violations", bad)
}

func rwCounting() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	n := 0
	readers := int32(0)
	writers := int32(0)
	bad := int32(0)
	reads := int32(0)
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				rw.Lock()
				if atomic.AddInt32(&writers, 1) != 1 || atomic.LoadInt32(&readers) != 0 {
					atomic.AddInt32(&bad, 1)
				}
				v := n
				if i%25 == 0 {
					runtime.Gosched()
				}
				n = v + 1
				atomic.AddInt32(&writers, -1)
				rw.Unlock()
			}
		}()
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if g%2 == 0 {
					rw.RLock()
				} else if !rw.TryRLock() {
					rw.RLocker().Lock()
				}
				atomic.AddInt32(&readers, 1)
				if atomic.LoadInt32(&writers) != 0 {
					atomic.AddInt32(&bad, 1)
				}
				if i%25 == 0 {
					runtime.Gosched()
				}
				atomic.AddInt32(&reads, 1)
				atomic.AddInt32(&readers, -1)
				rw.RUnlock()
			}
		}(g)
	}
	wg.Wait()
	println("rwmutex writes", n, "reads", reads, "violations", bad)
}

func tryStates() {
	var mu sync.Mutex
	println("mutex free", mu.TryLock(), "held", mu.TryLock())
	mu.Unlock()
	println("mutex after unlock", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	println("rw free: TryRLock", rw.TryRLock(), "TryRLock again", rw.TryRLock())
	println("rw read-held: TryLock", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	println("rw free: TryLock", rw.TryLock())
	println("rw write-held: TryLock", rw.TryLock(), "TryRLock", rw.TryRLock())
	rw.Unlock()
	println("rw after Unlock: TryRLock", rw.TryRLock())
	rw.RUnlock()
}

func writerPreference() {
	var rw sync.RWMutex
	rw.RLock()
	got := make(chan string, 4)
	go func() {
		rw.Lock()
		got <- "writer in"
		rw.Unlock()
	}()
	// Wait until the writer is queued: from then on new readers must fail.
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	println("pending writer blocks TryRLock")
	go func() {
		rw.RLock() // must wait for the writer
		got <- "late reader in"
		rw.RUnlock()
	}()
	for i := 0; i < 100; i++ {
		runtime.Gosched()
	}
	println("nothing yet:", len(got))
	rw.RUnlock()
	println(<-got)
	println(<-got)
}

func fairness() {
	var mu sync.Mutex
	var stop int32
	done := make(chan bool)
	go func() {
		for atomic.LoadInt32(&stop) == 0 {
			mu.Lock()
			for i := 0; i < 100; i++ {
				runtime.Gosched()
			}
			mu.Unlock()
		}
		done <- true
	}()
	runtime.Gosched()
	for i := 0; i < 20; i++ {
		mu.Lock()
		mu.Unlock()
	}
	atomic.StoreInt32(&stop, 1)
	<-done
	println("waiter got the mutex 20 times")
}

func main() {
	mutexCounting()
	rwCounting()
	tryStates()
	writerPreference()
	fairness()
}

// CHECK: mutex count 16000 violations 0
// CHECK-NEXT: rwmutex writes 4000 reads 4000 violations 0
// CHECK-NEXT: mutex free true held false
// CHECK-NEXT: mutex after unlock true
// CHECK-NEXT: rw free: TryRLock true TryRLock again true
// CHECK-NEXT: rw read-held: TryLock false
// CHECK-NEXT: rw free: TryLock true
// CHECK-NEXT: rw write-held: TryLock false TryRLock false
// CHECK-NEXT: rw after Unlock: TryRLock true
// CHECK-NEXT: pending writer blocks TryRLock
// CHECK-NEXT: nothing yet: 0
// CHECK-NEXT: writer in
// CHECK-NEXT: late reader in
// CHECK-NEXT: waiter got the mutex 20 times
