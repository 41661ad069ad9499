// This file turns the constants of tables.go into the tables.
//
// tables.go holds every range list as a string constant whose bytes are
// the little-endian memory image of the slice ([]Range16, []Range32,
// []CaseRange, []foldPair). The slices are made to point at those bytes
// directly: no parsing, no copying and no allocation at start-up, and a
// string constant costs the compiler next to nothing. Both targets (amd64,
// arm64) are little-endian and load unaligned words.
//
// The slices live in read-only memory: unlike Go's, these tables cannot
// be modified in place.

package unicode

import "unsafe"

// bytesOf returns the address of s's bytes.
func bytesOf(s string) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&s))
}

// Sizes of the element images.
const (
	size16   = 6  // Range16: lo, hi, stride
	size32   = 12 // Range32: lo, hi, stride
	sizeCase = 20 // CaseRange: lo, hi, 3 deltas
	sizeFold = 8  // foldPair: from, to
)

// table builds a RangeTable over the images of its ranges.
func table(p16, p32 string, latinOffset int) *RangeTable {
	t := &RangeTable{LatinOffset: latinOffset}
	if n := len(p16) / size16; n > 0 {
		t.R16 = unsafe.Slice((*Range16)(bytesOf(p16)), n)
	}
	if n := len(p32) / size32; n > 0 {
		t.R32 = unsafe.Slice((*Range32)(bytesOf(p32)), n)
	}
	return t
}

// caseTable views the image of a []CaseRange.
func caseTable(s string) []CaseRange {
	return unsafe.Slice((*CaseRange)(bytesOf(s)), len(s)/sizeCase)
}

// foldPair is one exception to the default simple case fold.
type foldPair struct{ from, to rune }

func foldTable(s string) []foldPair {
	return unsafe.Slice((*foldPair)(bytesOf(s)), len(s)/sizeFold)
}
