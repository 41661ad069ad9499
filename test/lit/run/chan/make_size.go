// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// make(chan T, n) with a negative size panics at run time.

package main

func mk(n int) (c chan int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	return make(chan int, n)
}

func main() {
	println(cap(mk(3)))
	println(mk(-1) == nil)
	var big uint64 = 1 << 63
	c := make(chan int, big)
	println(c != nil)
}

// CHECK: 3
// CHECK-NEXT: recovered: makechan: size out of range
// CHECK-NEXT: true
// CHECK-NEXT: panic: makechan: size out of range
