// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Tickers and timers: ticks arrive in order and a slow receiver loses
// ticks instead of queueing them, Reset changes the period, Stop ends the
// ticks, Tick(0) is nil, AfterFunc runs and can be stopped, Timer.Reset
// reports whether the timer was active, and the panics for bad intervals.

package main

import "time"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, "panics:", e.Error())
		} else {
			println(name, "panics:", r.(string))
		}
	}()
	f()
}

func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	var last time.Time
	for i := 0; i < 5; i++ {
		t := <-tk.C
		println("tick", i, t.After(last))
		last = t
	}
	time.Sleep(40 * time.Millisecond)
	println("buffered", len(tk.C), cap(tk.C))
	tk.Reset(time.Hour)
	select {
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		println("unexpected tick")
	case <-time.After(30 * time.Millisecond):
		println("no tick after Reset(1h)")
	}
	tk.Stop()
	println("Tick(0) nil", time.Tick(0) == nil, time.Tick(-1) == nil)

	done := make(chan bool, 1)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	println("afterfunc", <-done)
	f := time.AfterFunc(time.Hour, func() { println("never") })
	println("stop", f.Stop(), f.Stop())

	tm := time.NewTimer(time.Hour)
	println("reset active", tm.Reset(5*time.Millisecond))
	<-tm.C
	println("reset fired", tm.Reset(5*time.Millisecond))
	<-tm.C
	println("stop fired", tm.Stop())

	try("NewTicker", func() { time.NewTicker(0) })
	try("Reset", func() { time.NewTicker(time.Second).Reset(-1) })
	try("Timer.Stop", func() { new(time.Timer).Stop() })
	try("Ticker.Reset", func() { new(time.Ticker).Reset(time.Second) })
}

// CHECK: tick 0 true
// CHECK-NEXT: tick 1 true
// CHECK-NEXT: tick 2 true
// CHECK-NEXT: tick 3 true
// CHECK-NEXT: tick 4 true
// CHECK-NEXT: buffered 1 1
// CHECK-NEXT: no tick after Reset(1h)
// CHECK-NEXT: Tick(0) nil true true
// CHECK-NEXT: afterfunc true
// CHECK-NEXT: stop true false
// CHECK-NEXT: reset active true
// CHECK-NEXT: reset fired false
// CHECK-NEXT: stop fired false
// CHECK-NEXT: NewTicker panics: non-positive interval for NewTicker
// CHECK-NEXT: Reset panics: non-positive interval for Ticker.Reset
// CHECK-NEXT: Timer.Stop panics: time: Stop called on uninitialized Timer
// CHECK-NEXT: Ticker.Reset panics: time: Reset called on uninitialized Ticker
