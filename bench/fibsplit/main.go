// Benchmark fibsplit: the cost of a call that straddles a stack segment
// boundary (the "hot split"). For every depth d in [0, D) the program
// recurses d frames deep and there calls a small non-leaf function K
// times; at the depth where that function's prologue check fails, every
// one of the K calls switches to the next segment and back. The program
// prints the slowest depth's time per call and the median depth's: their
// difference is the cost of one segment switch (with the spare segment
// cached, or GOLITE_NOSEGCACHE=1 for a fresh segment each time; golite
// only). Under Go the slowest depth is where a stack copy happened once.
package main

import (
	"os"
	"time"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

var sink int

// leaf is called through a func value picked at run time so that it is
// not inlined into inner, which therefore keeps its prologue check.
var leaves = []func(int) int{
	func(x int) int { return x*7 + 1 },
	func(x int) int { return x*5 + 3 },
}

// inner's frame (its 384-byte array) is wider than a level of descend,
// so for some depth in every segment inner's check fails while descend's
// passed: there, every call of inner switches segments.
func inner(f func(int) int, x int) int {
	var buf [48]int
	i := x & 31
	buf[i] = f(x)
	buf[i+1] = x
	return buf[i] + buf[(x>>3)&31]
}

// descend recurses d frames (about 64 bytes each) and then calls inner k
// times, timing the loop.
func descend(d, k int, f func(int) int) time.Duration {
	var pad [4]int
	pad[d&3] = d
	if d > 0 {
		t := descend(d-1, k, f)
		sink += pad[1]
		return t
	}
	t0 := time.Now()
	s := 0
	for i := 0; i < k; i++ {
		s += inner(f, i)
	}
	sink += s
	return time.Since(t0)
}

func main() {
	depths, k := 3000, 20000
	if len(os.Args) > 2 {
		depths, k = atoi(os.Args[1]), atoi(os.Args[2])
	}
	// Not on the main goroutine: golite gives it one large stack.
	done := make(chan bool)
	go measure(depths, k, done)
	<-done
}

func measure(depths, k int, done chan bool) {
	f := leaves[len(os.Args)&1]
	// Each depth's best of 5 passes: a pass interrupted by the OS or by a
	// collection does not count.
	times := make([]time.Duration, depths)
	for pass := 0; pass < 5; pass++ {
		for d := 0; d < depths; d++ {
			t := descend(d, k, f)
			if pass == 0 || t < times[d] {
				times[d] = t
			}
		}
	}
	// The median depth: insertion sort of a copy (depths is small).
	s := make([]time.Duration, depths)
	copy(s, times)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	worst := 0
	for d := range times {
		if times[d] > times[worst] {
			worst = d
		}
	}
	med := s[len(s)/2]
	println("median ps/call", int(med)*1000/k, "slowest ps/call", int(times[worst])*1000/k,
		"at depth", worst, "slow depths", countAbove(times, 2*med))
	done <- true
}

func countAbove(t []time.Duration, x time.Duration) int {
	n := 0
	for _, v := range t {
		if v > x {
			n++
		}
	}
	return n
}
