// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Panics raised deep in a recursion (many stack segments below) unwind
// across the segment boundaries to a deferred recover, deferred calls on
// every segment run, and the goroutine keeps recursing afterwards.

package main

var deferred int

func down(n int, at int) int {
	if n == at {
		panic(n)
	}
	if n%1000 == 0 {
		defer func() { deferred++ }()
	}
	return (down(n+1, at)*7 + n%3) % 1000003
}

func try(at int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int)
		}
	}()
	return down(0, at)
}

func run(done chan int) {
	s := 0
	for i := 0; i < 20; i++ {
		s += try(50000 + i*7919)
	}
	done <- s
}

func main() {
	done := make(chan int)
	go run(done)
	println(<-done, deferred)
	go run(done)
	println(<-done, deferred)
	println(try(123456), deferred)
}

// CHECK: 2504610 2513
// CHECK-NEXT: 2504610 5026
// CHECK-NEXT: 123456 5150
