// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sync/atomic operations on a nil address panic with Go's recoverable
// nil-dereference runtime error.

package main

import (
	"sync/atomic"
	"unsafe"
)

func try(name string, f func()) {
	defer func() { println(name, "recovered:", recover().(error).Error()) }()
	f()
}

func main() {
	var p32 *int32
	var p64 *uint64
	var pp *unsafe.Pointer
	try("AddInt32", func() { atomic.AddInt32(p32, 1) })
	try("LoadUint64", func() { atomic.LoadUint64(p64) })
	try("StorePointer", func() { atomic.StorePointer(pp, nil) })
	try("CompareAndSwapInt32", func() { atomic.CompareAndSwapInt32(p32, 0, 1) })
	var x *atomic.Int64
	try("Int64.Add", func() { x.Add(1) })
	var v *atomic.Value
	try("Value.Load", func() { v.Load() })
	println("end")
}

// CHECK: AddInt32 recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: LoadUint64 recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: StorePointer recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: CompareAndSwapInt32 recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: Int64.Add recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: Value.Load recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: end
