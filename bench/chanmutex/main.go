// Benchmark chanmutex: G goroutines (default 8) each increment a shared
// counter K times (default 250,000), using a buffered channel of capacity
// 1 as the lock (send to acquire, receive to release). Measures contended
// buffered channel operations: full-channel parking and wake-ups.
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
	k := 250000
	if len(os.Args) > 1 {
		k = atoi(os.Args[1])
	}
	const g = 8
	mu := make(chan struct{}, 1)
	done := make(chan bool)
	counter := 0
	for j := 0; j < g; j++ {
		go func() {
			for i := 0; i < k; i++ {
				mu <- struct{}{}
				counter++
				<-mu
			}
			done <- true
		}()
	}
	for j := 0; j < g; j++ {
		<-done
	}
	println("chanmutex", g*k, counter)
}
