// Package bytealg holds the byte-searching primitives shared by strings
// and bytes. The searches that profit from libc's vectorized memchr and
// memmem are implemented in the runtime (runtime/bytealg.cpp) and declared
// here without bodies; the rest are plain Go.
package bytealg

import "unsafe"

// MaxBruteForce is the pattern length up to which callers may as well
// search by trying every offset.
const MaxBruteForce = 64

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int

// IndexByteString returns the index of the first c in s, or -1.
func IndexByteString(s string, c byte) int

// LastIndexByteString returns the index of the last c in s, or -1.
func LastIndexByteString(s string, c byte) int

// CountString returns the number of c bytes in s.
func CountString(s string, c byte) int

// Count returns the number of c bytes in b.
func Count(b []byte, c byte) int

// indexString needs 2 <= len(sep) <= len(s); IndexString checks that.
func indexString(s, sep string) int

// view returns the bytes of b as a string without copying them; the
// caller must not let the string outlive a change of b.
func view(b []byte) string {
	return *(*string)(unsafe.Pointer(&b))
}

// IndexString returns the index of the first sep in s, or -1.
func IndexString(s, sep string) int {
	switch n := len(sep); {
	case n == 0:
		return 0
	case n == 1:
		return IndexByteString(s, sep[0])
	case n > len(s):
		return -1
	case n == len(s):
		if s == sep {
			return 0
		}
		return -1
	}
	return indexString(s, sep)
}

// Index returns the index of the first sep in b, or -1.
func Index(b, sep []byte) int {
	return IndexString(view(b), view(sep))
}

// LastIndexByte returns the index of the last c in b, or -1.
func LastIndexByte(b []byte, c byte) int {
	return LastIndexByteString(view(b), c)
}

// LastIndexString returns the index of the last sep in s, or -1.
func LastIndexString(s, sep string) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByteString(s, sep[0])
	case n > len(s):
		return -1
	}
	first := sep[0]
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == first && s[i:i+n] == sep {
			return i
		}
	}
	return -1
}

// Equal reports whether a and b hold the same bytes.
func Equal(a, b []byte) bool {
	return view(a) == view(b)
}

// Compare orders a and b lexicographically: -1, 0 or +1.
func Compare(a, b []byte) int {
	return CompareString(view(a), view(b))
}

// CompareString orders a and b lexicographically: -1, 0 or +1.
func CompareString(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return +1
}
