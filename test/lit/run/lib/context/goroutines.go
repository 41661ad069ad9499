// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Many goroutines wait on one context; one cancel releases all of them,
// and workers with their own timeouts stop with DeadlineExceeded.

package main

import (
	"context"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sub, c := context.WithCancel(context.WithValue(ctx, "id", i))
			defer c()
			<-sub.Done()
			if sub.Err() == context.Canceled && sub.Value("id").(int) == i {
				mu.Lock()
				stopped++
				mu.Unlock()
			}
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	println("stopped", stopped)

	results := make(chan error, 5)
	for i := 0; i < 5; i++ {
		go func() {
			t, c := context.WithTimeout(context.Background(), 5*time.Millisecond)
			defer c()
			select {
			case <-t.Done():
				results <- t.Err()
			case <-time.After(10 * time.Second):
				results <- nil
			}
		}()
	}
	for i := 0; i < 5; i++ {
		err := <-results
		println("worker", err == context.DeadlineExceeded)
	}
}

// CHECK: stopped 20
// CHECK-NEXT: worker true
// CHECK-NEXT: worker true
// CHECK-NEXT: worker true
// CHECK-NEXT: worker true
// CHECK-NEXT: worker true
