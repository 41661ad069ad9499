// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// atomic.Value.Store(nil) panics.

package main

import "sync/atomic"

func main() {
	var v atomic.Value
	v.Store(1)
	println(v.Load().(int))
	v.Store(nil)
}

// CHECK: 1
// CHECK-NEXT: panic: sync/atomic: store of nil value into Value
