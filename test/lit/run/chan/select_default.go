// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// select with a default case never blocks.

package main

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		println("received", v)
	default:
		println("empty")
	}
	select {
	case c <- 1:
		println("sent 1")
	default:
		println("full")
	}
	select {
	case c <- 2:
		println("sent 2")
	default:
		println("full")
	}
	select {
	case v, ok := <-c:
		println("received", v, ok)
	default:
		println("empty")
	}
	d := make(chan string)
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			println("sent", i)
		case s := <-d:
			println("got", s)
		default:
			println("default", i)
		}
	}
	select {
	default:
		println("only default")
	}
	close(d)
	select {
	case s, ok := <-d:
		println("closed:", s == "", ok)
	default:
		println("not ready")
	}
	var x int
	select {
	case x = <-c:
		println("x", x)
	default:
	}
	count := 0
	for count < 3 {
		select {
		case c <- count:
			count++
		case <-c:
		}
	}
	println("count", count)
}

// CHECK: empty
// CHECK-NEXT: sent 1
// CHECK-NEXT: full
// CHECK-NEXT: received 1 true
// CHECK-NEXT: sent 0
// CHECK-NEXT: default 1
// CHECK-NEXT: default 2
// CHECK-NEXT: only default
// CHECK-NEXT: closed: true false
// CHECK-NEXT: x 0
// CHECK-NEXT: count 3
