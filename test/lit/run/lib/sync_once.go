// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync.Once runs f once, a panicking f counts as done, and Onces nest.

package main

import "sync"

var initialized int

func setup() { initialized++ }

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once", i) })
	}
	var o2 sync.Once
	o2.Do(setup)
	o2.Do(setup)
	println(initialized)
	// A panicking f counts as done.
	var o3 sync.Once
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		o3.Do(func() { panic("boom") })
	}()
	o3.Do(func() { println("not again") })
	// Do from within f of another Once.
	var a, b sync.Once
	a.Do(func() { b.Do(func() { println("nested") }) })
	println("end")
}

// CHECK: once 0
// CHECK-NEXT: 1
// CHECK-NEXT: recovered: boom
// CHECK-NEXT: nested
// CHECK-NEXT: end
