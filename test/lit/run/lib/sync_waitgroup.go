// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync.WaitGroup: Wait with a zero counter returns at once; Add/Done; a negative
// counter panics.

package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	println("zero")
	wg.Add(3)
	wg.Done()
	wg.Add(-2)
	wg.Wait()
	println("waited")
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		wg.Done()
	}()
	var wg2 sync.WaitGroup
	wg2.Add(1)
	wg2.Done()
	wg2.Wait()
	println("end")
}

// CHECK: zero
// CHECK-NEXT: waited
// CHECK-NEXT: recovered: sync: negative WaitGroup counter
// CHECK-NEXT: end
