// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync.Pool reuses Put values and falls back to New; sync.Cond without waiters;
// a copied Cond panics on use.

package main

import "sync"

func main() {
	p := sync.Pool{New: func() any { return "new" }}
	println(p.Get().(string))
	p.Put("a")
	println(p.Get().(string))
	println(p.Get().(string))
	var q sync.Pool
	println(q.Get() == nil)
	q.Put(nil)
	println(q.Get() == nil)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	mu.Lock()
	cond.Signal()
	cond.Broadcast()
	mu.Unlock()
	println("cond ok")

	// A copied Cond is detected on use.
	defer func() { println("recovered:", recover().(string)) }()
	c2 := *cond
	c2.Signal()
}

// CHECK: new
// CHECK-NEXT: a
// CHECK-NEXT: new
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: cond ok
// CHECK-NEXT: recovered: sync.Cond is copied
