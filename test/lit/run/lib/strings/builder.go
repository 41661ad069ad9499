// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// strings.Builder: growth (Len/Cap as Go reports them), WriteRune of
// invalid runes, String does not copy, Reset, Grow, and the copy check.

package main

import (
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 20; i++ {
		b.WriteByte(byte('a' + i))
		print(b.Cap(), " ")
	}
	println()
	s1 := b.String()
	b.WriteString("XYZ")
	println(s1, b.String(), b.Len())
	n, err := b.WriteRune('世')
	println(n, err == nil, b.Len(), b.Cap())
	n, _ = b.WriteRune(-1)
	println(n, b.Len())
	n, _ = b.WriteRune(0x110000)
	println(n, b.Len())
	n, _ = b.WriteRune(0xD800)
	println(n, b.Len())
	n, _ = b.Write([]byte("!?"))
	println(n, b.String())
	b.Reset()
	println(b.Len(), b.Cap(), "["+b.String()+"]")
	b.Grow(10)
	println(b.Len(), b.Cap())
	b.Grow(5)
	println(b.Cap())
	b.WriteString("0123456789")
	b.Grow(1)
	println(b.Len(), b.Cap())
	var r strings.Builder
	for i := 0; i < 10; i++ {
		r.WriteRune('é')
		print(r.Cap(), " ")
	}
	println()
	var w io.Writer = &r
	io.WriteString(w, "+io")
	println(r.String())
	var sw io.StringWriter = &r
	sw.WriteString("!")
	println(r.Len())
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		var g strings.Builder
		g.Grow(-1)
	}()
	var a strings.Builder
	a.WriteString("x")
	c := a
	println(c.Len(), c.String())
	c.WriteString("y")
}

// CHECK: 0 0 true
// CHECK-NEXT: 8 8 8 8 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32
// CHECK-NEXT: abcdefghijklmnopqrst abcdefghijklmnopqrstXYZ 23
// CHECK-NEXT: 3 true 26 32
// CHECK-NEXT: 3 29
// CHECK-NEXT: 3 32
// CHECK-NEXT: 3 35
// CHECK-NEXT: 2 abcdefghijklmnopqrstXYZ世���!?
// CHECK-NEXT: 0 0 []
// CHECK-NEXT: 0 10
// CHECK-NEXT: 10
// CHECK-NEXT: 10 21
// CHECK-NEXT: 4 12 12 12 12 28 28 28 28 28
// CHECK-NEXT: éééééééééé+io
// CHECK-NEXT: 24
// CHECK-NEXT: recovered: strings.Builder.Grow: negative count
// CHECK-NEXT: 1 x
// CHECK-NEXT: panic: strings: illegal use of non-zero Builder copied by value
