// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Directional channel types: conversions from bidirectional are no-ops.

package main

type Sink chan<- string

func send(c chan<- string, s string) { c <- s }
func recv(c <-chan string) string  { return <-c }

func main() {
	c := make(chan string, 2)
	send(c, "a")
	var r <-chan string = c
	var w Sink = c
	w <- "b"
	println(recv(c), <-r, len(w), cap(r))
	var x interface{} = r
	_, isRecv := x.(<-chan string)
	_, isBoth := x.(chan string)
	println(isRecv, isBoth)
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 9
	println(<-inner)
	println(c == c, r == (<-chan string)(c))
	var nc chan int
	println(nc == nil, len(nc), cap(nc))
}

// CHECK: a b 0 2
// CHECK-NEXT: true false
// CHECK-NEXT: 9
// CHECK-NEXT: true true
// CHECK-NEXT: true 0 0
