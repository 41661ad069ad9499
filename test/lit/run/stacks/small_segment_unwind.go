// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Recovered panics whose frames (with defers) sit at the bottom of a
// goroutine's small first segment: the landing pads resume the unwind with
// little stack left (runtime.unwindResume moves to a bigger segment), and
// the goroutine keeps working after each recovery. Also allocation and a
// big select close to the segment's end (they switch stacks).

package main

import "sync/atomic"

// Counted from 40 goroutines at once: atomically (a plain ++ raced, and Go
// itself printed 816 for 819 once).
var deferred int64

func down(n, at int) int {
	if n == at {
		panic(n)
	}
	if n%3 == 0 {
		defer func() { atomic.AddInt64(&deferred, 1) }()
	}
	return down(n+1, at)*3 + n
}

func try(at int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int)
		}
	}()
	return down(0, at)
}

func alloc(n int) []*int {
	if n == 0 {
		s := make([]*int, 0)
		for i := 0; i < 1000; i++ {
			v := i
			s = append(s, &v)
		}
		return s
	}
	return alloc(n - 1)
}

func bigSelect(a, b, c, d, e, f chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	case v := <-c:
		return v
	case v := <-d:
		return v
	case v := <-e:
		return v
	case v := <-f:
		return v
	}
}

func main() {
	done := make(chan int)
	for at := 0; at < 40; at++ {
		go func(at int) {
			s := 0
			for i := 0; i < 3; i++ {
				s += try(at)
			}
			done <- s
		}(at)
	}
	total := 0
	for at := 0; at < 40; at++ {
		total += <-done
	}
	println(total, atomic.LoadInt64(&deferred))
	for n := 0; n < 20; n++ {
		go func(n int) { done <- len(alloc(n)) }(n)
	}
	total = 0
	for n := 0; n < 20; n++ {
		total += <-done
	}
	println(total)
	f := make(chan int, 1)
	f <- 7
	go func() { done <- bigSelect(nil, nil, nil, nil, nil, f) }()
	println(<-done)
}

// CHECK: 2340 819
// CHECK-NEXT: 20000
// CHECK-NEXT: 7
