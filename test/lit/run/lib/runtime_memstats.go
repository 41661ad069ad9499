// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// runtime.ReadMemStats: live heap, cumulative allocation and GC count move
// as a Go programmer expects.

package main

import "runtime"

var keep [][]byte

func main() {
	runtime.MemProfileRate = 0
	var before, after, collected runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 10; i++ {
		keep = append(keep, make([]byte, 1<<20))
	}
	runtime.ReadMemStats(&after)
	println("alloc grew by at least 10 MB:", after.Alloc >= before.Alloc+10<<20)
	println("total alloc grew by at least 10 MB:", after.TotalAlloc >= before.TotalAlloc+10<<20)
	println("heap sys covers heap alloc:", after.HeapSys >= after.HeapAlloc)
	println("sys covers heap sys:", after.Sys >= after.HeapSys)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&collected)
	println("GC counted:", collected.NumGC > after.NumGC)
	// Whether the 10 MB dropped above is freed now is not checked: with a
	// conservative collector (Boehm) a stale word on a stack may keep it
	// alive, and on arm64 it does.
	println("total alloc never shrinks:", collected.TotalAlloc >= after.TotalAlloc)
}

// CHECK: alloc grew by at least 10 MB: true
// CHECK-NEXT: total alloc grew by at least 10 MB: true
// CHECK-NEXT: heap sys covers heap alloc: true
// CHECK-NEXT: sys covers heap sys: true
// CHECK-NEXT: GC counted: true
// CHECK-NEXT: total alloc never shrinks: true
