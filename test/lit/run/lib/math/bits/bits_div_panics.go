// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// math/bits: Div64 panics with the runtime's integer overflow and divide
// errors, which are runtime.Error values.

package main

import (
	"math/bits"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		println(r.(error).Error(), isRuntime)
	}()
	f()
}

func main() {
	try(func() { bits.Div64(5, 1, 5) })
	try(func() { bits.Div64(0, 1, 0) })
	try(func() { bits.Div32(7, 1, 3) })
	println(bits.Rem64(5, 1, 5), bits.Rem32(9, 9, 7))
	bits.Div64(1, 0, 1)
}

// CHECK: runtime error: integer overflow true
// CHECK-NEXT: runtime error: integer divide by zero true
// CHECK-NEXT: runtime error: integer overflow true
// CHECK-NEXT: 1 3
// CHECK-NEXT: panic: runtime error: integer overflow
