// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync.Map: Load, Store, LoadOrStore, LoadAndDelete, Delete, Range (f may modify
// the Map; returning false stops), and an unhashable key panics without
// leaving the Map locked.

package main

import "sync"

func main() {
	var m sync.Map
	v, ok := m.Load("a")
	println(v == nil, ok)
	m.Store("a", 1)
	m.Store(2, "two")
	v, ok = m.Load("a")
	println(v.(int), ok)
	a, loaded := m.LoadOrStore("a", 5)
	println(a.(int), loaded)
	a, loaded = m.LoadOrStore("b", 7)
	println(a.(int), loaded)
	v, ok = m.LoadAndDelete(2)
	println(v.(string), ok)
	v, ok = m.LoadAndDelete(2)
	println(v == nil, ok)
	m.Delete("b")
	m.Delete("zzz")
	sum := 0
	m.Store("c", 10)
	m.Range(func(k, v any) bool {
		sum += v.(int)
		m.Store(k, v.(int)*2) // f may modify the map
		return true
	})
	println(sum)
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	println(n)
	x, _ := m.Load("c")
	println(x.(int))
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		m.Store([]int{1}, 1)
	}()
	// The panic left the Map usable.
	m.Store("d", 4)
	x, _ = m.Load("d")
	println(x.(int))
}

// CHECK: true false
// CHECK-NEXT: 1 true
// CHECK-NEXT: 1 true
// CHECK-NEXT: 7 false
// CHECK-NEXT: two true
// CHECK-NEXT: true false
// CHECK-NEXT: 11
// CHECK-NEXT: 1
// CHECK-NEXT: 20
// CHECK-NEXT: recovered: runtime error: hash of unhashable type []int
// CHECK-NEXT: 4
