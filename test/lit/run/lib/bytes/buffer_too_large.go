// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// bytes.Buffer panics with ErrTooLarge when it cannot grow: a Grow whose
// size cannot be allocated, and a size that overflows; the panic value is
// the ErrTooLarge error itself.

package main

import "bytes"

const maxInt = int(^uint(0) >> 1)

func try(name string, f func()) {
	defer func() {
		v := recover()
		err, ok := v.(error)
		println(name, ok, ok && err == bytes.ErrTooLarge)
		if ok {
			println(" ", err.Error())
		}
	}()
	f()
}

func main() {
	try("empty", func() {
		var b bytes.Buffer
		b.Grow(maxInt)
	})
	try("overflow", func() {
		var b bytes.Buffer
		b.WriteString("some bytes")
		b.Grow(maxInt - 10)
	})
	try("huge", func() {
		b := bytes.NewBuffer(make([]byte, 0, 100))
		b.Grow(1 << 62)
	})
	var b bytes.Buffer
	b.WriteString("x")
	b.Grow(maxInt - 5)
}

// CHECK: empty true true
// CHECK-NEXT:   bytes.Buffer: too large
// CHECK-NEXT: overflow true true
// CHECK-NEXT:   bytes.Buffer: too large
// CHECK-NEXT: huge true true
// CHECK-NEXT:   bytes.Buffer: too large
// CHECK-NEXT: panic: bytes.Buffer: too large
