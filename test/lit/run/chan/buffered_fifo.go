// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A buffered channel delivers in FIFO order; len and cap follow the buffer.

package main

type pair struct {
	a int
	s string
}

func main() {
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i * i
		println("len", len(c), "cap", cap(c))
	}
	for i := 0; i < 5; i++ {
		println(<-c)
	}
	println("len", len(c))
	ps := make(chan pair, 3)
	ps <- pair{1, "one"}
	ps <- pair{2, "two"}
	p := <-ps
	println(p.a, p.s)
	p = <-ps
	println(p.a, p.s)
	var n int8 = 2
	small := make(chan string, n)
	small <- "x"
	small <- "y"
	println(<-small + <-small, cap(small))
	fs := make(chan float64, 1)
	fs <- 1.5
	println(<-fs)
	type big [10]int
	bc := make(chan big, 1)
	bc <- big{1, 2, 3, 9: 10}
	bv := <-bc
	println(bv[0], bv[2], bv[9])
	ec := make(chan struct{}, 2)
	ec <- struct{}{}
	println(len(ec))
	<-ec
	println(len(ec))
}

// CHECK: len 1 cap 5
// CHECK-NEXT: len 2 cap 5
// CHECK-NEXT: len 3 cap 5
// CHECK-NEXT: len 4 cap 5
// CHECK-NEXT: len 5 cap 5
// CHECK-NEXT: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 4
// CHECK-NEXT: 9
// CHECK-NEXT: 16
// CHECK-NEXT: len 0
// CHECK-NEXT: 1 one
// CHECK-NEXT: 2 two
// CHECK-NEXT: xy 2
// CHECK-NEXT: +1.500000e+000
// CHECK-NEXT: 1 3 10
// CHECK-NEXT: 1
// CHECK-NEXT: 0
