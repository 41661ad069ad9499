// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Receive case forms, nil channels (never chosen) and break in a select.

package main

type S struct{ v int }

func main() {
	var nilc chan int
	c := make(chan int, 1)
	c <- 42
	select {
	case <-nilc:
		println("nil chosen")
	case v := <-c:
		println("v", v)
	}
	c <- 43
	var s S
	select {
	case s.v = <-c:
		println("s.v", s.v)
	case nilc <- 1:
		println("nil send chosen")
	}
	close(c)
	select {
	case v, ok := <-c:
		println(v, ok)
	case nilc <- 2:
		println("nil send chosen")
	}
	arr := []int{0, 0}
	var ok bool
	select {
	case arr[1], ok = <-c:
		println(arr[1], ok)
	}
	done := make(chan bool)
	res := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case res <- i:
			case <-done:
				println("worker done")
				res <- -1
				return
			}
		}
	}()
	for {
		v := <-res
		if v == 3 {
			break
		}
	}
	done <- true
	for v := range res {
		if v == -1 {
			break
		}
	}
	i := 0
loop:
	for {
		select {
		case nilc <- 1:
		default:
			i++
			if i < 3 {
				continue
			}
			if i == 5 {
				break loop
			}
			break
		}
		println("after select", i)
	}
	println("i", i)
	// The channel and the value are evaluated once, in order.
	trace := func(s string, v int) int { println("eval", s); return v }
	chans := []chan int{make(chan int, 1), make(chan int, 1)}
	select {
	case chans[trace("idx", 0)] <- trace("val", 5):
		println("sent", <-chans[0])
	case <-chans[trace("idx2", 1)]:
		println("bad")
	}
}

// CHECK: v 42
// CHECK-NEXT: s.v 43
// CHECK-NEXT: 0 false
// CHECK-NEXT: 0 false
// CHECK-NEXT: worker done
// CHECK-NEXT: after select 3
// CHECK-NEXT: after select 4
// CHECK-NEXT: i 5
// CHECK-NEXT: eval idx
// CHECK-NEXT: eval val
// CHECK-NEXT: eval idx2
// CHECK-NEXT: sent 5
