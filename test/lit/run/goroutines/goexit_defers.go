// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// runtime.Goexit runs the deferred calls (recover returns nil in them); a
// panic raised by one of them and recovered lets the Goexit resume.

package main

import (
	"runtime"
	"sync"
)

func inner(wg *sync.WaitGroup) {
	defer println("inner defer")
	func() {
		defer func() {
			r := recover()
			println("recover during goexit is nil:", r == nil)
		}()
		runtime.Goexit()
	}()
	println("not reached")
}

func panicky() {
	defer func() {
		println("recovered:", recover().(string))
	}()
	defer func() {
		panic("boom in goexit defer")
	}()
	runtime.Goexit()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer println("outer defer")
		inner(&wg)
		println("not reached either")
	}()
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer println("goexit resumes after recovered panic")
		panicky()
		println("not reached 3")
	}()
	wg.Wait()
	// wg.Done runs before the goroutine has finished exiting: wait for the
	// exit itself (a goroutine that never exits hangs the test).
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	println("goroutines:", runtime.NumGoroutine())
}

// CHECK: recover during goexit is nil: true
// CHECK-NEXT: inner defer
// CHECK-NEXT: outer defer
// CHECK-NEXT: recovered: boom in goexit defer
// CHECK-NEXT: goexit resumes after recovered panic
// CHECK-NEXT: goroutines: 1
