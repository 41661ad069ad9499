// Benchmark spawn: start N goroutines (default 1,000,000), each adding its
// index to a shared counter, and join them all with a sync.WaitGroup.
// Measures goroutine creation, first run, exit and reuse of dead Gs.
package main

import (
	"os"
	"sync"
	"sync/atomic"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	var wg sync.WaitGroup
	var sum int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(v int64) {
			atomic.AddInt64(&sum, v)
			wg.Done()
		}(int64(i))
	}
	wg.Wait()
	println("spawn", n, sum)
}
