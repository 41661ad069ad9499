// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A WaitGroup-free join: each worker reports on a channel.

package main

func worker(id int, results chan<- int, quit chan struct{}) {
	results <- id * id
	<-quit
}

func main() {
	const n = 10
	results := make(chan int)
	quit := make(chan struct{})
	for i := 0; i < n; i++ {
		go worker(i, results, quit)
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-results
	}
	close(quit)
	println("total", total)
	doneAll := make(chan bool)
	go func() {
		inner := make(chan int)
		go func() { inner <- 41 }()
		v := <-inner
		println("inner", v+1)
		doneAll <- true
	}()
	<-doneAll
	println("joined")
}

// CHECK: total 285
// CHECK-NEXT: inner 42
// CHECK-NEXT: joined
