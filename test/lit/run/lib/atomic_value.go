// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// atomic.Value: Load of an empty Value, Store, Swap, CompareAndSwap, and the
// panic on a Store of another type.

package main

import "sync/atomic"

func main() {
	var v atomic.Value
	println(v.Load() == nil)
	v.Store(42)
	println(v.Load().(int), v.Swap(43).(int), v.Load().(int))
	println(v.CompareAndSwap(42, 44), v.CompareAndSwap(43, 44), v.Load().(int))
	var w atomic.Value
	println(w.CompareAndSwap(nil, "s"), w.Load().(string))
	defer func() { println("recovered:", recover().(string)) }()
	v.Store("str")
}

// CHECK: true
// CHECK-NEXT: 42 42 43
// CHECK-NEXT: false true 44
// CHECK-NEXT: true s
// CHECK-NEXT: recovered: sync/atomic: store of inconsistently typed value into Value
