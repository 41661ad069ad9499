// Package bytes implements functions for the manipulation of byte slices.
// It is analogous to the facilities of the strings package.
//
// golite's implementation: the searches run package strings' code over a
// string that views the slice's bytes without copying them (see view);
// results that are slices are always cut from the argument itself, with
// Go's capacities and nil-ness.
package bytes

import (
	"internal/bytealg"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// view returns the bytes of b as a string, without copying. The string is
// only used while b is not modified.
func view(b []byte) string { return *(*string)(unsafe.Pointer(&b)) }

// Equal reports whether a and b
// are the same length and contain the same bytes.
// A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool { return bytealg.Equal(a, b) }

// Compare returns an integer comparing two byte slices lexicographically.
// The result will be 0 if a == b, -1 if a < b, and +1 if a > b.
// A nil argument is equivalent to an empty slice.
func Compare(a, b []byte) int { return bytealg.Compare(a, b) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// Count counts the number of non-overlapping instances of sep in s.
// If sep is empty, Count returns 1 + the number of UTF-8-encoded code points in s.
func Count(s, sep []byte) int { return strings.Count(view(s), view(sep)) }

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(view(s), view(prefix)) }

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(view(s), view(suffix)) }

// Index returns the index of the first instance of sep in s, or -1 if sep is not present in s.
func Index(s, sep []byte) int { return bytealg.Index(s, sep) }

// IndexByte returns the index of the first instance of c in b, or -1 if c is not present in b.
func IndexByte(b []byte, c byte) int { return bytealg.IndexByte(b, c) }

// IndexRune interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index of the first occurrence in s of the given rune.
// It returns -1 if rune is not present in s.
// If r is utf8.RuneError, it returns the first instance of any
// invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(view(s), r) }

// IndexAny interprets s as a sequence of UTF-8-encoded Unicode code points.
// It returns the byte index of the first occurrence in s of any of the Unicode
// code points in chars. It returns -1 if chars is empty or if there is no code
// point in common.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(view(s), chars) }

// IndexFunc interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index in s of the first Unicode
// code point satisfying f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(view(s), f) }

// LastIndex returns the index of the last instance of sep in s, or -1 if sep is not present in s.
func LastIndex(s, sep []byte) int { return bytealg.LastIndexString(view(s), view(sep)) }

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s []byte, c byte) int { return bytealg.LastIndexByte(s, c) }

// LastIndexAny interprets s as a sequence of UTF-8-encoded Unicode code
// points. It returns the byte index of the last occurrence in s of any of
// the Unicode code points in chars. It returns -1 if chars is empty or if
// there is no code point in common.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(view(s), chars) }

// LastIndexFunc interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index in s of the last Unicode
// code point satisfying f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return strings.LastIndexFunc(view(s), f)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings,
// are equal under simple Unicode case-folding, which is a more general
// form of case-insensitivity.
func EqualFold(s, t []byte) bool { return strings.EqualFold(view(s), view(t)) }

// Cut slices s around the first instance of sep,
// returning the text before and after sep.
// The found result reports whether sep appears in s.
// If sep does not appear in s, cut returns s, nil, false.
//
// Cut returns slices of the original slice s, not copies.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Fields interprets s as a sequence of UTF-8-encoded code points.
// It splits the slice s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace, returning a slice of subslices of s or an
// empty slice if s contains only white space.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points.
// It splits the slice s at each run of code points c satisfying f(c) and
// returns a slice of subslices of s. If all code points in s satisfy f(c), or
// len(s) == 0, an empty slice is returned.
//
// FieldsFunc makes no guarantees about the order in which it calls f(c)
// and assumes that f always returns the same value for a given c.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	pieces := strings.FieldsFunc(view(s), f)
	out := make([][]byte, len(pieces))
	for k, p := range pieces {
		at := offsetIn(s, p)
		end := at + len(p)
		out[k] = s[at:end:end]
	}
	return out
}

// split cuts s at the instances of sep into at most n pieces (all when
// n < 0); keep is how many bytes of each separator stay at the end of the
// piece before it. Pieces but the last have their capacity cut to their
// length.
func split(s, sep []byte, keep, n int) [][]byte {
	switch {
	case n == 0:
		return nil
	case len(sep) == 0:
		return runes(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([][]byte, 0, n)
	for len(out) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		end := i + keep
		out = append(out, s[:end:end])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

// runes splits s into its UTF-8 sequences (an invalid byte is one
// sequence), each with its capacity cut to its length, but makes at most
// n pieces, or len(s) when n is not in 1..len(s): the piece that reaches
// that limit is the whole uncut rest of s.
func runes(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	var out [][]byte
	for len(s) > 0 {
		if len(out) == n-1 {
			out = append(out, s)
			break
		}
		_, w := utf8.DecodeRune(s)
		out = append(out, s[:w:w])
		s = s[w:]
	}
	if out == nil {
		out = [][]byte{}
	}
	return out
}

// SplitN slices s into subslices separated by sep and returns a slice of
// the subslices between those separators.
// If sep is empty, SplitN splits after each UTF-8 sequence.
// The count determines the number of subslices to return:
//
//	n > 0: at most n subslices; the last subslice will be the unsplit remainder.
//	n == 0: the result is nil (zero subslices)
//	n < 0: all subslices
//
// To split around the first instance of a separator, see Cut.
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep and
// returns a slice of those subslices.
// If sep is empty, SplitAfterN splits after each UTF-8 sequence.
// The count determines the number of subslices to return:
//
//	n > 0: at most n subslices; the last subslice will be the unsplit remainder.
//	n == 0: the result is nil (zero subslices)
//	n < 0: all subslices
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep and returns a slice of
// the subslices between those separators.
// If sep is empty, Split splits after each UTF-8 sequence.
// It is equivalent to SplitN with a count of -1.
//
// To split around the first instance of a separator, see Cut.
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep and
// returns a slice of those subslices.
// If sep is empty, SplitAfter splits after each UTF-8 sequence.
// It is equivalent to SplitAfterN with a count of -1.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

// Join concatenates the elements of s to create a new byte slice. The separator
// sep is placed between elements in the resulting slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, e := range s {
		size += len(e)
	}
	out := make([]byte, 0, size)
	out = append(out, s[0]...)
	for _, e := range s[1:] {
		out = append(out, sep...)
		out = append(out, e...)
	}
	return out
}

// Repeat returns a new byte slice consisting of count copies of b.
//
// It panics if count is negative or if
// the result of (len(b) * count) overflows.
func Repeat(b []byte, count int) []byte {
	switch {
	case count == 0:
		return []byte{}
	case count < 0:
		panic("bytes: negative Repeat count")
	case len(b)*count/count != len(b):
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, len(b)*count)
	filled := copy(out, b)
	for filled < len(out) {
		filled += copy(out[filled:], out[:filled])
	}
	return out
}

// Runes interprets s as a sequence of UTF-8-encoded code points.
// It returns a slice of runes (Unicode code points) equivalent to s.
func Runes(s []byte) []rune {
	out := make([]rune, utf8.RuneCount(s))
	for k := range out {
		r, w := utf8.DecodeRune(s)
		out[k], s = r, s[w:]
	}
	return out
}

// Replace returns a copy of the slice s with the first n
// non-overlapping instances of old replaced by new.
// If old is empty, it matches at the beginning of the slice
// and after each UTF-8 sequence, yielding up to k+1 replacements
// for a k-rune slice.
// If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new []byte, n int) []byte {
	found := 0
	if n != 0 {
		found = Count(s, old)
	}
	if found == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || found < n {
		n = found
	}
	out := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	for k := 0; k < n; k++ {
		at := 0
		if len(old) == 0 {
			if k > 0 {
				_, at = utf8.DecodeRune(s)
			}
		} else {
			at = Index(s, old)
		}
		out = append(out, s[:at]...)
		out = append(out, new...)
		s = s[at+len(old):]
	}
	return append(out, s...)
}

// ReplaceAll returns a copy of the slice s with all
// non-overlapping instances of old replaced by new.
// If old is empty, it matches at the beginning of the slice
// and after each UTF-8 sequence, yielding up to k+1 replacements
// for a k-rune slice.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a copy of the byte slice s with all its characters modified
// according to the mapping function. If mapping returns a negative value, the character is
// dropped from the byte slice with no replacement. The characters in s and the
// output are interpreted as UTF-8-encoded code points.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if m := mapping(r); m >= 0 {
			need := utf8.RuneLen(m)
			if need < 0 {
				need = 3 // RuneError's encoding
			}
			if cap(out)-len(out) < need {
				// Grow to twice the size plus room for a rune.
				bigger := make([]byte, len(out), 2*cap(out)+utf8.UTFMax)
				copy(bigger, out)
				out = bigger
			}
			out = utf8.AppendRune(out, m)
		}
		s = s[w:]
	}
	return out
}

// asciiCase maps the ASCII slice s: the bytes in [lo, hi] move by delta.
// ok is false, and nothing is done, when s is not all ASCII.
func asciiCase(s []byte, lo, hi byte, delta int) (out []byte, ok bool) {
	change := false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return nil, false
		}
		change = change || lo <= c && c <= hi
	}
	if !change {
		return append([]byte(""), s...), true
	}
	out = make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		out[i] = c
	}
	return out, true
}

// ToUpper returns a copy of the byte slice s with all Unicode letters mapped to
// their upper case.
func ToUpper(s []byte) []byte {
	if out, ok := asciiCase(s, 'a', 'z', 'A'-'a'); ok {
		return out
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns a copy of the byte slice s with all Unicode letters mapped to
// their lower case.
func ToLower(s []byte) []byte {
	if out, ok := asciiCase(s, 'A', 'Z', 'a'-'A'); ok {
		return out
	}
	return Map(unicode.ToLower, s)
}

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode letters mapped to their
// upper case, giving priority to the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode letters mapped to their
// lower case, giving priority to the special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode letters mapped to their
// title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each run of bytes
// representing invalid UTF-8 replaced with the bytes in replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBad := false
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if r == utf8.RuneError && w == 1 {
			if !inBad {
				out = append(out, replacement...)
				inBad = true
			}
		} else {
			out = append(out, s[:w]...)
			inBad = false
		}
		s = s[w:]
	}
	return out
}

// Title treats s as UTF-8-encoded bytes and returns a copy with all Unicode letters that begin
// words mapped to their title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle Unicode
// punctuation properly. Use golang.org/x/text/cases instead.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		start := startsWord(prev)
		prev = r
		if start {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// startsWord reports whether a letter after r starts a word for Title.
func startsWord(r rune) bool {
	if r < utf8.RuneSelf {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// offsetIn is the index in s where t, a non-empty substring of view(s),
// starts.
func offsetIn(s []byte, t string) int {
	start := *(*unsafe.Pointer)(unsafe.Pointer(&t))
	return int(uintptr(start) - uintptr(unsafe.Pointer(&s[0])))
}

// sub returns the part of s that the substring t of view(s) covers (nil
// when t is empty).
func sub(s []byte, t string) []byte {
	if len(t) == 0 {
		return nil
	}
	from := offsetIn(s, t)
	return s[from : from+len(t)]
}

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s by slicing off
// all leading UTF-8-encoded code points c that satisfy f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	return sub(s, strings.TrimLeftFunc(view(s), f))
}

// TrimRightFunc returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	return s[:len(strings.TrimRightFunc(view(s), f))]
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Trim returns a subslice of s by slicing off all leading and
// trailing UTF-8-encoded code points contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	left := TrimLeft(s, cutset)
	return TrimRight(left, cutset)
}

// TrimLeft returns a subslice of s by slicing off all leading
// UTF-8-encoded code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return sub(s, strings.TrimLeft(view(s), cutset))
}

// TrimRight returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points that are contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return s[:len(strings.TrimRight(view(s), cutset))]
}

// TrimSpace returns a subslice of s by slicing off all leading and
// trailing white space, as defined by Unicode.
func TrimSpace(s []byte) []byte {
	return sub(s, strings.TrimSpace(view(s)))
}

// TrimPrefix returns s without the provided leading prefix string.
// If s doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
// If s doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
