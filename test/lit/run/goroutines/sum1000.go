// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// 1000 goroutines send into one channel; the sum is exact.

package main

func main() {
	const n = 1000
	c := make(chan int)
	for i := 1; i <= n; i++ {
		go func(v int) { c <- v }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	println("sum", sum)
	b := make(chan int, 100)
	done := make(chan int)
	for w := 0; w < 4; w++ {
		go func() {
			s := 0
			for v := range b {
				s += v
			}
			done <- s
		}()
	}
	for i := 0; i < n; i++ {
		b <- i
	}
	close(b)
	total := 0
	for w := 0; w < 4; w++ {
		total += <-done
	}
	println("total", total)
}

// CHECK: sum 500500
// CHECK-NEXT: total 499500
