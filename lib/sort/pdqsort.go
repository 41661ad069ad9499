// This file implements the unstable sort: pattern-defeating quicksort
// (Orson Peters, "Pattern-defeating Quicksort", 2021) with the parameters
// of Go 1.19's version — insertion sort up to 12 elements, Tukey's ninther
// from 50, three-element pattern breaking seeded by the length, heapsort
// once the bad-partition budget is spent — because a program can observe
// where equal elements end up.

package sort

import "math/bits"

const (
	smallRange   = 12 // ranges this short are insertion-sorted
	nintherFrom  = 50 // ranges this long pick the pivot from 9 samples
	allSwapped   = 12 // sample swaps meaning "strictly decreasing"
	pisMaxFixes  = 5  // out-of-order elements partial insertion sort fixes
	pisMinLength = 50 // shorter ranges are not worth the attempt
)

// Ordering hints from pivot selection.
const (
	hintNone = iota
	hintAscending
	hintDescending
)

// pdqLoop sorts data[lo:hi]; budget is how many unbalanced partitions are
// tolerated before switching to heapsort.
func pdqLoop(data Interface, lo, hi, budget int) {
	balanced, partitioned := true, true
	for {
		size := hi - lo
		if size <= smallRange {
			insertionSort(data, lo, hi)
			return
		}
		if budget == 0 {
			heapSort(data, lo, hi)
			return
		}
		if !balanced {
			scramble(data, lo, hi)
			budget--
		}

		p, hint := pickPivot(data, lo, hi)
		if hint == hintDescending {
			flip(data, lo, hi)
			p = hi - 1 - (p - lo)
			hint = hintAscending
		}
		if balanced && partitioned && hint == hintAscending &&
			nearlySortedFix(data, lo, hi) {
			return
		}

		// When the element just left of the range (an earlier pivot) is not
		// smaller than the pivot, everything equal to it can be set aside.
		if lo > 0 && !data.Less(lo-1, p) {
			lo = splitEqual(data, lo, hi, p)
			continue
		}

		m, untouched := splitAround(data, lo, hi, p)
		partitioned = untouched
		left, right := m-lo, hi-m
		if left < right {
			balanced = left >= size/8
			pdqLoop(data, lo, m, budget)
			lo = m + 1
		} else {
			balanced = right >= size/8
			pdqLoop(data, m+1, hi, budget)
			hi = m
		}
	}
}

// insertionSort sorts data[lo:hi] by sinking each element into place.
func insertionSort(data Interface, lo, hi int) {
	for k := lo + 1; k < hi; k++ {
		for m := k; m > lo && data.Less(m, m-1); m-- {
			data.Swap(m, m-1)
		}
	}
}

// heapSort sorts data[lo:hi] with a max-heap rooted at lo.
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for root := (n - 1) / 2; root >= 0; root-- {
		sink(data, lo, root, n)
	}
	for last := n - 1; last >= 0; last-- {
		data.Swap(lo, lo+last)
		sink(data, lo, 0, last)
	}
}

// sink moves the heap node at offset node down into a heap of n nodes
// stored from base on.
func sink(data Interface, base, node, n int) {
	for {
		c := 2*node + 1
		if c >= n {
			return
		}
		if c+1 < n && data.Less(base+c, base+c+1) {
			c++
		}
		if !data.Less(base+node, base+c) {
			return
		}
		data.Swap(base+node, base+c)
		node = c
	}
}

// splitAround partitions data[lo:hi] around the element at p: smaller ones
// go left of the returned index, the rest right. The flag tells whether no
// element had to move.
func splitAround(data Interface, lo, hi, p int) (int, bool) {
	data.Swap(lo, p)
	l, r := lo+1, hi-1
	moved := false
	for {
		for l <= r && data.Less(l, lo) {
			l++
		}
		for l <= r && !data.Less(r, lo) {
			r--
		}
		if l > r {
			break
		}
		data.Swap(l, r)
		moved = true
		l++
		r--
	}
	data.Swap(r, lo)
	return r, !moved
}

// splitEqual moves the elements of data[lo:hi] equal to the one at p (no
// element is smaller) to the front and returns where the rest start.
func splitEqual(data Interface, lo, hi, p int) int {
	data.Swap(lo, p)
	l, r := lo+1, hi-1
	for {
		for l <= r && !data.Less(lo, l) {
			l++
		}
		for l <= r && data.Less(lo, r) {
			r--
		}
		if l > r {
			return l
		}
		data.Swap(l, r)
		l++
		r--
	}
}

// nearlySortedFix tries to finish a range that looks sorted by repairing a
// handful of misplaced elements; it reports whether the range is sorted.
func nearlySortedFix(data Interface, lo, hi int) bool {
	k := lo + 1
	for fix := 0; fix < pisMaxFixes; fix++ {
		for k < hi && !data.Less(k, k-1) {
			k++
		}
		if k == hi {
			return true
		}
		if hi-lo < pisMinLength {
			return false
		}
		data.Swap(k, k-1)
		// Sink the smaller element left and raise the larger one right.
		if k-lo >= 2 {
			for m := k - 1; m >= 1 && data.Less(m, m-1); m-- {
				data.Swap(m, m-1)
			}
		}
		if hi-k >= 2 {
			for m := k + 1; m < hi && data.Less(m, m-1); m++ {
				data.Swap(m, m-1)
			}
		}
	}
	return false
}

// scramble swaps three elements around the middle of data[lo:hi] with
// pseudo-random partners to break up patterns that defeat the pivot
// choice.
func scramble(data Interface, lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bits.Len(uint(n))) - 1
	mid := lo + (n/4)*2 - 1
	for t := 0; t < 3; t++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		partner := int(uint(state) & mask)
		if partner >= n {
			partner -= n
		}
		data.Swap(mid+t, lo+partner)
	}
}

// pickPivot chooses a pivot index for data[lo:hi] as the median of three
// (or of three medians of three) samples, and derives an ordering hint
// from how many sample comparisons found the pair out of order.
func pickPivot(data Interface, lo, hi int) (int, int) {
	n := hi - lo
	q := n / 4
	a, b, c := lo+q, lo+2*q, lo+3*q
	var s sampler
	s.data = data
	if n >= 8 {
		if n >= nintherFrom {
			a = s.median(a-1, a, a+1)
			b = s.median(b-1, b, b+1)
			c = s.median(c-1, c, c+1)
		}
		b = s.median(a, b, c)
	}
	switch s.inversions {
	case 0:
		return b, hintAscending
	case allSwapped:
		return b, hintDescending
	}
	return b, hintNone
}

// sampler takes medians while counting the inverted pairs it meets.
type sampler struct {
	data       Interface
	inversions int
}

func (s *sampler) sorted2(x, y int) (int, int) {
	if s.data.Less(y, x) {
		s.inversions++
		return y, x
	}
	return x, y
}

func (s *sampler) median(x, y, z int) int {
	x, y = s.sorted2(x, y)
	y, z = s.sorted2(y, z)
	_, y = s.sorted2(x, y)
	return y
}

// flip reverses data[lo:hi].
func flip(data Interface, lo, hi int) {
	for l, r := lo, hi-1; l < r; l, r = l+1, r-1 {
		data.Swap(l, r)
	}
}
