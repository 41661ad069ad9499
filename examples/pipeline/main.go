// Command pipeline builds a three-stage concurrent pipeline: a generator
// emits numbers, several workers fan out to test each one for primality and
// compute its digit sum, and a merger fans their results back in. A done
// channel lets the consumer stop the whole pipeline early, and every stage
// closes its output when it finishes, so that nothing leaks.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type item struct {
	n        int
	prime    bool
	digitSum int
	worker   int
}

func generate(done <-chan struct{}, from, to int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := from; n <= to; n++ {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func digitSum(n int) int {
	s := 0
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return s
}

func analyze(done <-chan struct{}, id int, in <-chan int) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for n := range in {
			it := item{n: n, prime: isPrime(n), digitSum: digitSum(n), worker: id}
			select {
			case out <- it:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan item) <-chan item {
	out := make(chan item, 16)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan item) {
			defer wg.Done()
			for it := range c {
				select {
				case out <- it:
				case <-done:
					return
				}
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func run(from, to, workers, stopAfterPrimes int) (primes []int, seen int, perWorker map[int]int) {
	done := make(chan struct{})
	defer close(done)
	src := generate(done, from, to)
	var stages []<-chan item
	for w := 1; w <= workers; w++ {
		stages = append(stages, analyze(done, w, src))
	}
	perWorker = make(map[int]int)
	for it := range merge(done, stages...) {
		seen++
		perWorker[it.worker]++
		if it.prime {
			primes = append(primes, it.n)
			if stopAfterPrimes > 0 && len(primes) == stopAfterPrimes {
				break
			}
		}
	}
	sort.Ints(primes)
	return primes, seen, perWorker
}

func main() {
	primes, seen, perWorker := run(1, 5000, 4, 0)
	total := 0
	for _, w := range perWorker {
		total += w
	}
	fmt.Printf("checked %d numbers with %d workers (sum of per-worker counts %d)\n", seen, len(perWorker), total)
	fmt.Printf("%d primes; the last five: %v\n", len(primes), primes[len(primes)-5:])
	sums := map[int]int{}
	for _, p := range primes {
		sums[digitSum(p)]++
	}
	var keys []int
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, " %d:%d", k, sums[k])
	}
	fmt.Println("digit sums of the primes:" + b.String())

	// Stopping early: the consumer leaves after 10 primes, and closing
	// done unblocks every stage.
	first, _, _ := run(1000, 1000000, 3, 10)
	fmt.Println("ten primes from 1000 on (any ten, sorted):", len(first), first[0] >= 1000)
}
