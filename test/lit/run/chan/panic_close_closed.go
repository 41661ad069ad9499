// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Closing a channel twice panics; the panic is recoverable.

package main

func try(c chan int) {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	close(c)
}

func main() {
	c := make(chan int)
	close(c)
	try(c)
	defer close(c)
	println("deferred close")
}

// CHECK: recovered: close of closed channel
// CHECK-NEXT: deferred close
// CHECK-NEXT: panic: close of closed channel
