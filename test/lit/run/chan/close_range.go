// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range over a channel stops when the channel is closed and drained.

package main

func produce(n int, c chan<- int) {
	for i := 1; i <= n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int)
	go produce(5, c)
	sum := 0
	for v := range c {
		println("got", v)
		sum += v
	}
	println("sum", sum)

	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	b <- "c"
	close(b)
	var s string
	for s = range b {
		if s == "b" {
			continue
		}
		println(s)
	}
	println("last", s)

	d := make(chan int, 10)
	for i := 0; i < 10; i++ {
		d <- i
	}
	close(d)
	n := 0
	for range d {
		n++
		if n == 4 {
			break
		}
	}
	println("n", n, "left", len(d))
}

// CHECK: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: got 4
// CHECK-NEXT: got 5
// CHECK-NEXT: sum 15
// CHECK-NEXT: a
// CHECK-NEXT: c
// CHECK-NEXT: last c
// CHECK-NEXT: n 4 left 6
