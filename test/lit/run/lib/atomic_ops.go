// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync/atomic: every function of each kind, called directly (compiled to
// atomic instructions in place) and through function values (the
// runtime's versions), from many goroutines, and with a nil address, which
// panics as a nil dereference either way.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	// Direct calls (compiled in place) and calls through function values
	// (the runtime's versions) agree.
	var n int64
	add := atomic.AddInt64
	fmt.Println(atomic.AddInt64(&n, 5), add(&n, -2), atomic.LoadInt64(&n))
	var u32 uint32 = 10
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.SwapUint32(&u32, 42), atomic.CompareAndSwapUint32(&u32, 42, 43), atomic.CompareAndSwapUint32(&u32, 42, 44), u32)
	var up uintptr
	atomic.StoreUintptr(&up, 99)
	fmt.Println(atomic.LoadUintptr(&up), atomic.AddUintptr(&up, 1))
	var i32 int32 = -5
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.SwapInt32(&i32, 7), atomic.LoadInt32(&i32))
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, 1<<40), atomic.CompareAndSwapUint64(&u64, 1<<40, 3), atomic.LoadUint64(&u64))
	x, y := 1, 2
	var p unsafe.Pointer
	atomic.StorePointer(&p, unsafe.Pointer(&x))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)), *(*int)(atomic.SwapPointer(&p, unsafe.Pointer(&y))), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&y), nil), p == nil)

	// Many goroutines.
	var wg sync.WaitGroup
	var total int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				atomic.AddInt64(&total, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", atomic.LoadInt64(&total))

	// A nil address panics as a nil dereference, both ways.
	try("direct add", func() { atomic.AddInt64(nil, 1) })
	try("direct load", func() { atomic.LoadUint32(nil) })
	try("direct store", func() { atomic.StorePointer(nil, nil) })
	try("direct cas", func() { atomic.CompareAndSwapInt32(nil, 0, 1) })
	try("value swap", func() { f := atomic.SwapInt64; f(nil, 1) })
}

// CHECK: 5 3 3
// CHECK-NEXT: 9 9 true false 43
// CHECK-NEXT: 99 100
// CHECK-NEXT: -10 -10 7
// CHECK-NEXT: 1099511627776 true 3
// CHECK-NEXT: 1 1 true true
// CHECK-NEXT: total 80000
// CHECK-NEXT: direct add -> runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: direct load -> runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: direct store -> runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: direct cas -> runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: value swap -> runtime error: invalid memory address or nil pointer dereference
