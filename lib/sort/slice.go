// This file implements the closure-based entry points: Slice, SliceStable
// and SliceIsSorted, which adapt a less function and reflectlite's
// element swapper to Interface.

package sort

import (
	"internal/reflectlite"
	"math/bits"
)

// byFunc is a slice seen through its less function and swapper.
type byFunc struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (f *byFunc) Len() int           { return f.n }
func (f *byFunc) Less(i, j int) bool { return f.less(i, j) }
func (f *byFunc) Swap(i, j int)      { f.swap(i, j) }

// Slice sorts the slice x using less, which must define a strict weak
// order. It is not stable. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	swap := reflectlite.Swapper(x)
	n := reflectlite.ValueOf(x).Len()
	if n < 2 {
		return
	}
	pdqLoop(&byFunc{n, less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x using less, keeping equal elements in
// their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := reflectlite.Swapper(x)
	n := reflectlite.ValueOf(x).Len()
	stableSort(&byFunc{n, less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to less.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := reflectlite.ValueOf(x).Len()
	for k := n - 1; k > 0; k-- {
		if less(k, k-1) {
			return false
		}
	}
	return true
}
