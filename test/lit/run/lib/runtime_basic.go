// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Package runtime: NumCPU, a GOMAXPROCS round trip, NumGoroutine, GC keeping live
// data, KeepAlive, Gosched, and runtime errors satisfying runtime.Error.

package main

import "runtime"

type T struct{ a [4]int }

func main() {
	println(runtime.NumCPU() > 0)
	n := runtime.GOMAXPROCS(0)
	println(n > 0)
	println(runtime.GOMAXPROCS(1) == n)
	println(runtime.GOMAXPROCS(0))
	println(runtime.GOMAXPROCS(n))
	println(runtime.GOMAXPROCS(0) == n)
	println(runtime.NumGoroutine())
	p := &T{}
	p.a[0] = 7
	for i := 0; i < 1000; i++ {
		_ = make([]byte, 1024)
	}
	runtime.GC()
	println(p.a[0])
	runtime.KeepAlive(p)
	runtime.Gosched()
	println(runtime.GOOS, runtime.Compiler)
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		println(ok, re.Error())
		var e error = re
		_, ok = e.(runtime.Error)
		println(ok)
	}()
	var a []int
	_ = a[5]
}

// CHECK: true
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: 1
// CHECK-NEXT: 1
// CHECK-NEXT: true
// CHECK-NEXT: 1
// CHECK-NEXT: 7
// CHECK-NEXT: linux gc
// CHECK-NEXT: true runtime error: index out of range [5] with length 0
// CHECK-NEXT: true
