// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The typed atomics of Go 1.19: Bool, Int32, Int64, Uint32, Uint64, Uintptr.

package main

import "sync/atomic"

func main() {
	var b atomic.Bool
	println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	println(b.Load())
	var a32 atomic.Int32
	var a64 atomic.Int64
	var au32 atomic.Uint32
	var au64 atomic.Uint64
	var aup atomic.Uintptr
	a32.Store(-3)
	println(a32.Add(10), a32.Swap(1), a32.CompareAndSwap(1, 2), a32.Load())
	a64.Store(1 << 50)
	println(a64.Add(-1), a64.Swap(1), a64.CompareAndSwap(0, 2), a64.Load())
	au32.Store(4)
	println(au32.Add(^uint32(0)), au32.Swap(1), au32.CompareAndSwap(1, 2), au32.Load())
	au64.Store(4)
	println(au64.Add(10), au64.Swap(1), au64.CompareAndSwap(1, 2), au64.Load())
	aup.Store(4)
	println(aup.Add(10), aup.Swap(1), aup.CompareAndSwap(1, 2), aup.Load())

}

// CHECK: false false true false true false
// CHECK-NEXT: true
// CHECK-NEXT: 7 7 true 2
// CHECK-NEXT: 1125899906842623 1125899906842623 false 1
// CHECK-NEXT: 3 3 true 2
// CHECK-NEXT: 14 14 true 2
// CHECK-NEXT: 14 14 true 2
