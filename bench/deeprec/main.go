// Benchmark deeprec: 5 rounds; in each, 4 new goroutines recurse N frames
// deep (default 1,000,000) through a small function and return. Measures
// stack growth: golite links segments (reused from a per-P cache after the
// first round), Go copies each goroutine's stack as it doubles.
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

// down is not a tail call and not an accumulation that a compiler could
// turn into a loop: every level keeps a frame.
func down(n int) int {
	if n == 0 {
		return 1
	}
	r := down(n - 1)
	return r*3 + n
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	const rounds, workers = 5, 4
	var sum int
	var mu sync.Mutex
	for r := 0; r < rounds; r++ {
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(d int) {
				v := down(d)
				mu.Lock()
				sum += v
				mu.Unlock()
				wg.Done()
			}(n - w)
		}
		wg.Wait()
	}
	println("deeprec", n, sum)
}
