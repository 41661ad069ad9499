// Benchmark fanin: P producers (default 4) each send M values (default
// 500,000) on their own unbuffered channel; one consumer receives them
// all through a select over the P channels. Measures selectgo: locking
// several channels, enqueueing on all of them, and the wake-up race.
package main

import "os"

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func produce(ch chan<- int, m int, base int) {
	for i := 0; i < m; i++ {
		ch <- base + i
	}
	close(ch)
}

func main() {
	m := 500000
	if len(os.Args) > 1 {
		m = atoi(os.Args[1])
	}
	c0 := make(chan int)
	c1 := make(chan int)
	c2 := make(chan int)
	c3 := make(chan int)
	go produce(c0, m, 0)
	go produce(c1, m, 1)
	go produce(c2, m, 2)
	go produce(c3, m, 3)
	open := 4
	sum := 0
	count := 0
	for open > 0 {
		select {
		case v, ok := <-c0:
			if !ok {
				c0 = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-c1:
			if !ok {
				c1 = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-c2:
			if !ok {
				c2 = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-c3:
			if !ok {
				c3 = nil
				open--
				continue
			}
			sum += v
		}
		count++
	}
	println("fanin", count, sum)
}
