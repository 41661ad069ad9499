// This file implements the stable sort: runs of runLength elements are
// insertion-sorted, then neighbouring runs of doubling length are merged
// in place. The merge is SymMerge (Pok-Son Kim and Arne Kutzner, "Stable
// Minimum Storage Merging by Symmetric Comparisons", 2004): it needs no
// extra memory, only Less and Swap.

package sort

const runLength = 20

func stableSort(data Interface, n int) {
	lo := 0
	for ; lo+runLength <= n; lo += runLength {
		insertionSort(data, lo, lo+runLength)
	}
	insertionSort(data, lo, n)

	for width := runLength; width < n; width *= 2 {
		lo = 0
		for ; lo+2*width <= n; lo += 2 * width {
			mergeRuns(data, lo, lo+width, lo+2*width)
		}
		if lo+width < n {
			mergeRuns(data, lo, lo+width, n)
		}
	}
}

// mergeRuns merges the sorted ranges data[lo:mid] and data[mid:hi].
func mergeRuns(data Interface, lo, mid, hi int) {
	switch {
	case lo >= mid || mid >= hi:
		return
	case mid-lo == 1:
		// One element on the left: find its place on the right and rotate
		// it there by adjacent swaps.
		end := searchFirst(mid, hi, func(k int) bool { return !data.Less(k, lo) })
		for k := lo; k < end-1; k++ {
			data.Swap(k, k+1)
		}
		return
	case hi-mid == 1:
		// One element on the right: find its place on the left.
		start := searchFirst(lo, mid, func(k int) bool { return data.Less(mid, k) })
		for k := mid; k > start; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	// Find the split point so that the block rotation below puts the
	// bigger half of the left run behind the smaller half of the right
	// run, then merge both sides recursively.
	centre := int(uint(lo+hi) >> 1)
	span := centre + mid
	var from, to int
	if mid > centre {
		from, to = span-hi, centre
	} else {
		from, to = lo, mid
	}
	last := span - 1
	for from < to {
		probe := int(uint(from+to) >> 1)
		if data.Less(last-probe, probe) {
			to = probe
		} else {
			from = probe + 1
		}
	}
	cut := span - from
	if from < mid && mid < cut {
		rotateBlocks(data, from, mid, cut)
	}
	if lo < from && from < centre {
		mergeRuns(data, lo, from, centre)
	}
	if centre < cut && cut < hi {
		mergeRuns(data, centre, cut, hi)
	}
}

// searchFirst returns the first k in [lo, hi) with ok(k), or hi; ok must
// be false then true over the range.
func searchFirst(lo, hi int, ok func(int) bool) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ok(m) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// rotateBlocks exchanges the adjacent blocks data[lo:mid] and
// data[mid:hi] using block swaps (the Gries-Mills rotation).
func rotateBlocks(data Interface, lo, mid, hi int) {
	left, right := mid-lo, hi-mid
	for left != right {
		if left > right {
			exchange(data, mid-left, mid, right)
			left -= right
		} else {
			exchange(data, mid-left, mid+right-left, left)
			right -= left
		}
	}
	exchange(data, mid-left, mid, left)
}

// exchange swaps the n-element blocks starting at a and b.
func exchange(data Interface, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}
