// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// With GOMAXPROCS=1, goroutines spinning in loops without calls (`for {}`
// and a counting loop) do not stop main, and a time.Sleep in another
// goroutine still wakes up.

package main

import (
	"runtime"
	"time"
)

var sink int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	go func() {
		x := 0
		for i := 0; ; i++ {
			x += i
		}
		sink = x
	}()
	woke := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		woke <- true
	}()
	time.Sleep(50 * time.Millisecond)
	println("main ran")
	println(<-woke)
}

// CHECK: main ran
// CHECK-NEXT: true
