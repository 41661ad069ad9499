// Package heap provides heap operations for any type that implements
// heap.Interface. A heap is a tree stored in a slice-like collection in
// which each node is no greater (by Less) than its children; the minimum
// is at index 0.
//
// golite's implementation is the textbook binary heap: children of node k
// are 2k+1 and 2k+2, elements rise with siftUp and fall with siftDown.
package heap

import "sort"

// Interface is a sort.Interface with Push and Pop, which add an element
// at index Len() and remove the element at index Len()-1. Use the
// package's functions, not these methods, to keep the heap ordered.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap order over all of h's elements in O(n).
func Init(h Interface) {
	n := h.Len()
	for k := n/2 - 1; k >= 0; k-- {
		siftDown(h, k, n)
	}
}

// Push adds x to the heap in O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the minimum element (by Less) in O(log n).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i in O(log n).
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap order after the element at index i changed, in
// O(log n).
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves node k towards the root while it is smaller than its
// parent.
func siftUp(h Interface, k int) {
	for k > 0 {
		parent := (k - 1) / 2
		if !h.Less(k, parent) {
			return
		}
		h.Swap(parent, k)
		k = parent
	}
}

// siftDown moves node start towards the leaves of the n-node heap while a
// child is smaller; it reports whether the node moved.
func siftDown(h Interface, start, n int) bool {
	k := start
	for {
		c := 2*k + 1
		if c >= n || c < 0 { // c < 0: int overflow
			break
		}
		if r := c + 1; r < n && h.Less(r, c) {
			c = r
		}
		if !h.Less(c, k) {
			break
		}
		h.Swap(k, c)
		k = c
	}
	return k > start
}
