// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// 100,000 goroutines are alive (blocked) at once, then all finish.

package main

func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int, 100)
	for i := 0; i < n; i++ {
		go func(i int) {
			v := <-start
			done <- v + i%2
		}(i)
	}
	for i := 0; i < n; i++ {
		start <- 1
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-done
	}
	println(total)
}

// CHECK: 150000
