// Benchmark blocked: N goroutines (default 100,000) block receiving from
// one channel; once all of them are blocked, main closes the channel and
// waits for them to finish. bench/run.py runs it with N and with N = 0 and
// reports (peak RSS(N) - peak RSS(0)) / N: the memory of a blocked
// goroutine.
package main

import (
	"os"
	"sync"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	gate := make(chan int)
	var started, finished sync.WaitGroup
	started.Add(n)
	finished.Add(n)
	sum := 0
	var mu sync.Mutex
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			v := <-gate
			mu.Lock()
			sum += v + 1
			mu.Unlock()
			finished.Done()
		}()
	}
	started.Wait()
	close(gate)
	finished.Wait()
	println("blocked", n, sum)
}
