// Benchmark sieve: the classic concurrent prime sieve (a generator and a
// chain of filter goroutines, one per prime found, connected by
// unbuffered channels) printing the sum of the first N primes (default
// 2,500). Measures channel operations along a long chain of goroutines.
package main

import "os"

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies the values from in to out, removing multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 2500
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	ch := make(chan int)
	go generate(ch)
	sum := 0
	last := 0
	for i := 0; i < n; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println("sieve", n, last, sum)
}
