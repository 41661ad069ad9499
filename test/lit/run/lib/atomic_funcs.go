// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync/atomic's functions on int32, int64, uint32, uint64, uintptr and unsafe.Pointer:
// Add returns the new value, Swap the old one, CompareAndSwap whether it swapped.

package main

import (
	"sync/atomic"
	"unsafe"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	println(atomic.AddInt32(&i32, 5), atomic.AddInt32(&i32, -7))
	println(atomic.AddInt64(&i64, 1<<40), atomic.AddInt64(&i64, -1))
	println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, 3), atomic.AddUintptr(&up, 9))
	println(atomic.CompareAndSwapInt32(&i32, -2, 40), atomic.CompareAndSwapInt32(&i32, -2, 41), atomic.LoadInt32(&i32))
	println(atomic.SwapInt64(&i64, 7), atomic.LoadInt64(&i64))
	atomic.StoreUint32(&u32, 12)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 99)
	println(atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	println(atomic.CompareAndSwapUint64(&u64, 1<<63, 5), atomic.SwapUint32(&u32, 3), atomic.SwapUintptr(&up, 1), atomic.CompareAndSwapUintptr(&up, 2, 3), atomic.CompareAndSwapUint32(&u32, 3, 4), atomic.CompareAndSwapInt64(&i64, 7, 8))
	x, y := 1, 2
	var p unsafe.Pointer
	println(atomic.LoadPointer(&p) == nil, atomic.CompareAndSwapPointer(&p, nil, unsafe.Pointer(&x)))
	old := atomic.SwapPointer(&p, unsafe.Pointer(&y))
	println(*(*int)(old), *(*int)(atomic.LoadPointer(&p)))
	atomic.StorePointer(&p, unsafe.Pointer(&x))
	println(*(*int)(p))

}

// CHECK: 5 -2
// CHECK-NEXT: 1099511627776 1099511627775
// CHECK-NEXT: 4294967295 3 9
// CHECK-NEXT: true false 40
// CHECK-NEXT: 1099511627775 7
// CHECK-NEXT: 12 9223372036854775808 99
// CHECK-NEXT: true 12 99 false true true
// CHECK-NEXT: true true
// CHECK-NEXT: 1 2
// CHECK-NEXT: 1
