// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// container/heap and container/list under a long pseudo-random sequence of
// operations: the heap's slice layout after every Init/Push/Pop/Fix/Remove
// (observable, so the sift algorithms must be Go's) and the list contents
// after inserts, moves and removals, hashed; plus zero-value List use.

package main

import (
	"container/heap"
	"container/list"
)

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

var seed uint32 = 2463534242

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return int(seed % uint32(n))
}

func hashInts(h uint32, xs []int) uint32 {
	for _, x := range xs {
		h = (h ^ uint32(x)) * 16777619
	}
	return h
}

func main() {
	h := &intHeap{}
	for i := 0; i < 40; i++ {
		*h = append(*h, rnd(30))
	}
	heap.Init(h)
	acc := hashInts(2166136261, *h)
	popped := uint32(0)
	for step := 0; step < 3000; step++ {
		switch op := rnd(5); {
		case op < 2:
			heap.Push(h, rnd(100))
		case op == 2 && h.Len() > 0:
			popped = popped*31 + uint32(heap.Pop(h).(int))
		case op == 3 && h.Len() > 0:
			i := rnd(h.Len())
			(*h)[i] = rnd(100)
			heap.Fix(h, i)
		case op == 4 && h.Len() > 0:
			popped = popped*31 + uint32(heap.Remove(h, rnd(h.Len())).(int))
		}
		acc = hashInts(acc, *h)
		if step%600 == 0 {
			println(step, h.Len(), acc, popped)
		}
	}
	println("heap", h.Len(), acc, popped)

	var l list.List // zero value
	var elems []*list.Element
	for step := 0; step < 2000; step++ {
		switch op := rnd(8); {
		case op == 0 || len(elems) == 0:
			elems = append(elems, l.PushBack(step))
		case op == 1:
			elems = append(elems, l.PushFront(step))
		case op == 2:
			elems = append(elems, l.InsertBefore(step, elems[rnd(len(elems))]))
		case op == 3:
			elems = append(elems, l.InsertAfter(step, elems[rnd(len(elems))]))
		case op == 4:
			l.MoveToFront(elems[rnd(len(elems))])
		case op == 5:
			l.MoveAfter(elems[rnd(len(elems))], elems[rnd(len(elems))])
		case op == 6:
			l.MoveBefore(elems[rnd(len(elems))], elems[rnd(len(elems))])
		case op == 7:
			k := rnd(len(elems))
			l.Remove(elems[k])
			elems = append(elems[:k], elems[k+1:]...)
		}
	}
	var vals []int
	for e := l.Front(); e != nil; e = e.Next() {
		vals = append(vals, e.Value.(int))
	}
	back := 0
	for e := l.Back(); e != nil; e = e.Prev() {
		back++
	}
	println("list", l.Len(), len(vals), back, hashInts(2166136261, vals))
	l2 := list.New()
	l2.PushBackList(&l)
	l2.PushFrontList(l2)
	println(l2.Len(), l2.Front().Value.(int), l2.Back().Value.(int))
}

// CHECK: 0 41 3223299032 0
// CHECK-NEXT: 600 63 3011747600 28408072
// CHECK-NEXT: 1200 67 2319108016 3596957574
// CHECK-NEXT: 1800 67 451707078 139189729
// CHECK-NEXT: 2400 74 3577388747 2883790629
// CHECK-NEXT: heap 33 2753503281 4244927214
// CHECK-NEXT: list 742 742 742 1790526683
// CHECK-NEXT: 1484 1996 1990
