// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// container/ring: New, Len, Move, Link (joining and splitting), Unlink, Do,
// and the zero Ring as a one-element ring.

package main

import "container/ring"

func show(name string, r *ring.Ring) {
	print(name, " len=", r.Len(), ":")
	r.Do(func(v any) {
		if v == nil {
			print(" nil")
			return
		}
		print(" ", v.(int))
	})
	println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("r", r)
	show("move 2", r.Move(2))
	show("move -1", r.Move(-1))
	show("move 7", r.Move(7))

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 + i
		s = s.Next()
	}
	after := r.Link(s)
	show("linked", r)
	show("after", after)

	removed := r.Unlink(3)
	show("unlinked", removed)
	show("rest", r)
	show("unlink 0", r.Unlink(0))

	var z ring.Ring
	show("zero", &z)
	println("zero next is itself:", z.Next() == &z, z.Prev() == &z)
	var nilRing *ring.Ring
	println("nil len:", nilRing.Len(), "New(0) nil:", ring.New(0) == nil)

	// Linking r with an element of its own ring removes what lies between.
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = 100 + i
		t = t.Next()
	}
	sub := t.Link(t.Move(3))
	show("t", t)
	show("sub", sub)
	sum := 0
	t.Do(func(v any) { sum += v.(int) })
	println("sum", sum)
}

// CHECK: r len=5: 0 1 2 3 4
// CHECK-NEXT: move 2 len=5: 2 3 4 0 1
// CHECK-NEXT: move -1 len=5: 4 0 1 2 3
// CHECK-NEXT: move 7 len=5: 2 3 4 0 1
// CHECK-NEXT: linked len=8: 0 10 11 12 1 2 3 4
// CHECK-NEXT: after len=8: 1 2 3 4 0 10 11 12
// CHECK-NEXT: unlinked len=3: 10 11 12
// CHECK-NEXT: rest len=5: 0 1 2 3 4
// CHECK-NEXT: unlink 0 len=0:
// CHECK-NEXT: zero len=1: nil
// CHECK-NEXT: zero next is itself: true true
// CHECK-NEXT: nil len: 0 New(0) nil: true
// CHECK-NEXT: t len=4: 100 103 104 105
// CHECK-NEXT: sub len=2: 101 102
// CHECK-NEXT: sum 412
