// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// unsafe.Slice builds a slice over memory with len == cap; a negative
// length panics with Go's message.

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
	defer func() { println("recovered:", recover().(error).Error()) }()
	n := -1
	_ = unsafe.Slice(&arr[0], n)
}

// CHECK: 3 3 20 40
// CHECK-NEXT: 99
// CHECK-NEXT: 2 10
// CHECK-NEXT: 0 true
// CHECK-NEXT: recovered: runtime error: unsafe.Slice: len out of range
