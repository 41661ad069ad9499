// Package sort sorts slices and user-defined collections and searches
// sorted data.
//
// golite's implementation: Sort is pattern-defeating quicksort (Orson
// Peters' pdqsort, in the variant Go 1.19 ships, so that the final order
// of equal elements is the same as Go's); Stable is insertion-sorted runs
// merged in place by rotation (SymMerge, Kim and Kutzner).
package sort

import "math/bits"

// Interface is what Sort needs of a collection: its length, an order on
// its indices and a way to exchange two elements.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by Less. It is not
// stable; it makes O(n*log(n)) calls to Less and Swap.
func Sort(data Interface) {
	n := data.Len()
	if n < 2 {
		return
	}
	pdqLoop(data, 0, n, bits.Len(uint(n)))
}

// Stable sorts data in ascending order as determined by Less, keeping the
// original order of equal elements.
func Stable(data Interface) { stableSort(data, data.Len()) }

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for k := data.Len() - 1; k > 0; k-- {
		if data.Less(k, k-1) {
			return false
		}
	}
	return true
}

type reversed struct {
	// The embedded collection supplies Len and Swap.
	Interface
}

// Less inverts the embedded order.
func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the order of Less inverted.
func Reverse(data Interface) Interface { return &reversed{data} }

// --- ready-made collections ---

// IntSlice attaches Interface's methods to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice attaches Interface's methods to []float64, in increasing
// order, with not-a-number values placed before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports x[i] < x[j], treating NaN as smaller than any number.
func (x Float64Slice) Less(i, j int) bool {
	a, b := x[i], x[j]
	return a < b || (a != a && b == b)
}

func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver
// and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice attaches Interface's methods to []string, in increasing
// order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver
// and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs
// first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
