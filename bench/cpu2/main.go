// Benchmark cpu2: a CPU-bound loop (an integer hash iterated R times,
// default 400,000,000 in total) split across two goroutines. bench/run.py
// runs it with GOMAXPROCS=1 and GOMAXPROCS=2: the ratio of the two times
// is the parallel speedup (issue 3 asks for at least 1.8).
package main

import "os"

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func work(seed uint64, n int, out chan<- uint64) {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		x += uint64(i)
	}
	out <- x
}

func main() {
	r := 400000000
	if len(os.Args) > 1 {
		r = atoi(os.Args[1])
	}
	out := make(chan uint64)
	go work(1, r/2, out)
	go work(2, r/2, out)
	a := <-out
	b := <-out
	println("cpu2", r, a^b)
}
