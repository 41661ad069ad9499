// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// time.AfterFunc timers stopped and reset before they fire (the runtime's timer
// heap through the RuntimeTimer layout); NewTicker/Tick with non-positive
// intervals; Stop/Reset of an uninitialized Timer panic.

package main

import "time"

func main() {
	// Timers stopped and reset before they fire (the runtime's timer heap,
	// without channels or goroutines).
	t := time.AfterFunc(time.Hour, func() { println("fired") })
	println(t.Stop(), t.Stop())
	println(t.Reset(time.Hour), t.Reset(2*time.Hour), t.Stop())
	ts := make([]*time.Timer, 0, 10)
	for i := 0; i < 10; i++ {
		ts = append(ts, time.AfterFunc(time.Duration(10-i)*time.Hour, func() { println("fired") }))
	}
	n := 0
	for i := 9; i >= 0; i -= 2 {
		if ts[i].Stop() {
			n++
		}
	}
	for _, t := range ts {
		if t.Stop() {
			n++
		}
	}
	println(n)
	println(time.Tick(0) == nil, time.Tick(-time.Second) == nil)
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		var u time.Timer
		u.Reset(time.Second)
	}()
	var u time.Timer
	defer func() { println("recovered:", recover().(string)) }()
	u.Stop()
}

// CHECK: true false
// CHECK-NEXT: false true true
// CHECK-NEXT: 10
// CHECK-NEXT: true true
// CHECK-NEXT: recovered: non-positive interval for NewTicker
// CHECK-NEXT: recovered: time: Reset called on uninitialized Timer
// CHECK-NEXT: recovered: time: Stop called on uninitialized Timer
