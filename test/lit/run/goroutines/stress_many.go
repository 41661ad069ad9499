// RUN: %golite build -O2 -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Stress: 1,000,000 goroutines spawned and joined; 100,000 goroutines
// blocked at once, then released.

package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	// 1,000,000 goroutines spawned and joined, in waves of 10,000 alive.
	var total int64
	var wg sync.WaitGroup
	for wave := 0; wave < 100; wave++ {
		for i := 0; i < 10000; i++ {
			wg.Add(1)
			go func(v int64) {
				atomic.AddInt64(&total, v)
				wg.Done()
			}(int64(wave*10000 + i))
		}
		wg.Wait()
	}
	println("spawned and joined: sum", total)

	// 100,000 goroutines blocked at once on one channel, then released.
	const n = 100000
	gate := make(chan struct{})
	var ready, done sync.WaitGroup
	var got int64
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func(v int64) {
			ready.Done()
			<-gate
			atomic.AddInt64(&got, v)
			done.Done()
		}(int64(i))
	}
	ready.Wait()
	alive := runtime.NumGoroutine()
	println("blocked at once: at least", n, "alive:", alive >= n+1)
	close(gate)
	done.Wait()
	println("released: sum", got)
}

// CHECK: spawned and joined: sum 499999500000
// CHECK-NEXT: blocked at once: at least 100000 alive: true
// CHECK-NEXT: released: sum 4999950000
