// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// main calling runtime.Goexit: the deferred calls run, the other goroutines
// go on, and when none is left the program dies as Go's does.

package main

import "runtime"

func main() {
	c := make(chan int)
	go func() {
		defer println("g defer")
		<-c
		println("g got")
	}()
	defer func() {
		// Runs last: the goroutine wakes only after main's defers printed.
		c <- 1
	}()
	defer println("main defer 1")
	defer func() {
		println("recover in goexit:", recover() == nil)
	}()
	runtime.Goexit()
	println("not reached")
}

// CHECK: recover in goexit: true
// CHECK-NEXT: main defer 1
// CHECK-NEXT: g got
// CHECK-NEXT: g defer
// CHECK-NEXT: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
