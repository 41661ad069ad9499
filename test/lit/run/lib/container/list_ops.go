// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// container/list: pushes, inserts, moves, removals, foreign elements, list
// concatenation (including with itself), zero-value lists.

package main

import "container/list"

func dump(label string, l *list.List) {
	print(label, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		print(" ", e.Value.(int))
	}
	print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		print(" ", e.Value.(int))
	}
	println()
}

func main() {
	var z list.List
	println(z.Len(), z.Front() == nil, z.Back() == nil)
	e1 := z.PushBack(1)
	dump("zero", &z)
	l := list.New()
	a := l.PushBack(1)
	b := l.PushBack(2)
	c := l.PushFront(0)
	d := l.InsertAfter(5, b)
	f := l.InsertBefore(4, d)
	dump("built", l)
	l.MoveToFront(d)
	dump("d front", l)
	l.MoveToBack(c)
	dump("c back", l)
	l.MoveBefore(a, f)
	dump("a before f", l)
	l.MoveAfter(d, b)
	dump("d after b", l)
	l.MoveAfter(d, d)
	l.MoveToFront(l.Front())
	dump("no-ops", l)
	println(l.Remove(b).(int), b.Next() == nil, b.Prev() == nil)
	dump("removed b", l)
	println(l.Remove(b).(int), l.Remove(e1).(int))
	println(l.InsertAfter(9, e1) == nil, l.InsertBefore(9, e1) == nil)
	l.MoveToFront(e1)
	l.MoveBefore(e1, a)
	dump("foreign", l)
	dump("zero again", &z)
	l.PushBackList(l)
	dump("self back", l)
	l2 := list.New()
	l2.PushBack(100)
	l2.PushBack(200)
	l.PushFrontList(l2)
	dump("front list", l)
	l.Init()
	dump("init", l)
	for i := 0; i < 5; i++ {
		l.PushFront(i)
	}
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	dump("odd", l)
	var nl *list.Element
	println(nl == nil, l.Front().Prev() == nil, l.Back().Next() == nil)
}

// CHECK: 0 true true
// CHECK-NEXT: zero len=1: 1 | back: 1
// CHECK-NEXT: built len=5: 0 1 2 4 5 | back: 5 4 2 1 0
// CHECK-NEXT: d front len=5: 5 0 1 2 4 | back: 4 2 1 0 5
// CHECK-NEXT: c back len=5: 5 1 2 4 0 | back: 0 4 2 1 5
// CHECK-NEXT: a before f len=5: 5 2 1 4 0 | back: 0 4 1 2 5
// CHECK-NEXT: d after b len=5: 2 5 1 4 0 | back: 0 4 1 5 2
// CHECK-NEXT: no-ops len=5: 2 5 1 4 0 | back: 0 4 1 5 2
// CHECK-NEXT: 2 true true
// CHECK-NEXT: removed b len=4: 5 1 4 0 | back: 0 4 1 5
// CHECK-NEXT: 2 1
// CHECK-NEXT: true true
// CHECK-NEXT: foreign len=4: 5 1 4 0 | back: 0 4 1 5
// CHECK-NEXT: zero again len=1: 1 | back: 1
// CHECK-NEXT: self back len=8: 5 1 4 0 5 1 4 0 | back: 0 4 1 5 0 4 1 5
// CHECK-NEXT: front list len=10: 100 200 5 1 4 0 5 1 4 0 | back: 0 4 1 5 0 4 1 5 200 100
// CHECK-NEXT: init len=0: | back:
// CHECK-NEXT: odd len=2: 3 1 | back: 1 3
// CHECK-NEXT: true true true
