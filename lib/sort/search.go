// This file implements binary search: Search, Find and the typed helpers.

package sort

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false up to some index and true from there on; it returns
// n when there is no such index. f is only called with arguments in
// [0, n).
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1) // no overflow
		if f(m) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, or n
// if there is none; found reports whether cmp(i) == 0 there. cmp must be
// positive, then zero, then negative over the range.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cmp(m) > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts returns the index at which x is, or would be inserted into,
// the increasingly sorted slice a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}

// SearchFloat64s returns the index at which x is, or would be inserted
// into, the increasingly sorted slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}

// SearchStrings returns the index at which x is, or would be inserted
// into, the increasingly sorted slice a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}
