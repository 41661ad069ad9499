// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// container/heap: Init, Push, Pop, Remove, Fix on a priority queue with
// equal priorities (popped in Go's order) and an int heap.

package main

import "container/heap"

type item struct {
	name  string
	prio  int
	index int
}

type pq []*item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq) Push(x any) {
	it := x.(*item)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*q = old[:n-1]
	return it
}

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &ints{5, 2, 8, 1, 9, 3, 3, 7}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	for _, v := range *h {
		print(v, " ")
	}
	println()
	println(heap.Remove(h, 3).(int), (*h)[0])
	(*h)[2] = -5
	heap.Fix(h, 2)
	(*h)[0] = 100
	heap.Fix(h, 0)
	for h.Len() > 0 {
		print(heap.Pop(h).(int), " ")
	}
	println()

	names := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}
	q := pq{}
	for i, n := range names {
		heap.Push(&q, &item{name: n, prio: i % 3})
	}
	it := q[5]
	it.prio = 10
	heap.Fix(&q, it.index)
	removed := heap.Remove(&q, 7).(*item)
	println("removed", removed.name, removed.index)
	for q.Len() > 0 {
		x := heap.Pop(&q).(*item)
		print(x.name, ":", x.prio, " ")
	}
	println()
	var empty ints
	heap.Init(&empty)
	println(empty.Len())
	defer func() { println("recovered:", recover().(error).Error()) }()
	heap.Pop(&empty)
}

// CHECK: 0 1 3 2 6 8 3 7 5 9
// CHECK-NEXT: 2 0
// CHECK-NEXT: 0 1 3 5 6 7 8 9 100
// CHECK-NEXT: removed d -1
// CHECK-NEXT: l:10 i:2 c:2 f:2 e:1 b:1 k:1 h:1 a:0 g:0 j:0
// CHECK-NEXT: 0
// CHECK-NEXT: recovered: runtime error: index out of range [0] with length 0
