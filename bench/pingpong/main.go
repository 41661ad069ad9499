// Benchmark pingpong: two goroutines pass a counter back and forth over
// two unbuffered channels N times (default 2,000,000 round trips).
// Measures the blocking send/receive path: park, direct hand-off, ready.
package main

import "os"

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	println("pingpong", n, v)
}
