// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// unsafe.Slice builds a slice over memory with len == cap; a negative
// length, a length past the end of the address space (also a huge uint64)
// and a nil pointer with a non-zero length panic with Go's messages; a
// zero-size element type never overflows.

package main

import "unsafe"

func main() {
	arr := [5]int32{10, 20, 30, 40, 50}
	s := unsafe.Slice(&arr[1], 3)
	println(len(s), cap(s), s[0], s[2])
	s[1] = 99
	println(arr[2])
	var u8 uint8 = 2
	b := unsafe.Slice((*byte)(unsafe.Pointer(&arr[0])), u8)
	println(len(b), b[0])
	var p *int
	e := unsafe.Slice(p, 0)
	println(len(e), e == nil)
	n := -1
	try(func() { _ = unsafe.Slice(&arr[0], n) })
	n = 3
	try(func() { _ = unsafe.Slice(p, n) })
	try(func() { _ = unsafe.Slice(&arr[0], 1<<62) })
	var huge uint64 = 1 << 63
	try(func() { _ = unsafe.Slice(&arr[0], huge) })
	try(func() { _ = unsafe.Slice((*int32)(nil), huge) })
	var z *struct{}
	println(len(unsafe.Slice(z, 1<<62)))
}

func try(f func()) {
	defer func() { println("recovered:", recover().(error).Error()) }()
	f()
}

// CHECK: 3 3 20 40
// CHECK-NEXT: 99
// CHECK-NEXT: 2 10
// CHECK-NEXT: 0 true
// CHECK-NEXT: recovered: runtime error: unsafe.Slice: len out of range
// CHECK-NEXT: recovered: runtime error: unsafe.Slice: ptr is nil and len is not zero
// CHECK-NEXT: recovered: runtime error: unsafe.Slice: len out of range
// CHECK-NEXT: recovered: runtime error: unsafe.Slice: len out of range
// CHECK-NEXT: recovered: runtime error: unsafe.Slice: len out of range
// CHECK-NEXT: 4611686018427387904
