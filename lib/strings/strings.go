// Package strings implements simple functions to manipulate UTF-8 encoded strings.
//
// For information about UTF-8 strings in Go, see https://blog.golang.org/strings.
//
// golite's implementation: byte and substring searches go through
// internal/bytealg (libc's memchr/memmem in the runtime); everything that
// works on runes decodes with unicode/utf8, where an invalid byte is the
// rune utf8.RuneError of width one.
package strings

import (
	"internal/bytealg"
	"unicode"
	"unicode/utf8"
)

// Clone returns a fresh copy of s.
// It guarantees to make a copy of s into a new allocation,
// which can be important when retaining only a small substring
// of a much larger string. Using Clone can help such programs
// use less memory. Of course, since using Clone makes a copy,
// overuse of Clone can make programs use more memory.
// Clone should typically be used only rarely, and only when
// profiling indicates that it is needed.
// For strings of length zero the string "" will be returned
// and no allocation is made.
func Clone(s string) string {
	if s == "" {
		return ""
	}
	return string([]byte(s))
}

// Compare returns an integer comparing two strings lexicographically.
// The result will be 0 if a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b string) int { return bytealg.CompareString(a, b) }

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(prefix) <= len(s) && s[:len(prefix)] == prefix
}

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(suffix) <= len(s) && s[len(s)-len(suffix):] == suffix
}

// Count counts the number of non-overlapping instances of substr in s.
// If substr is an empty string, Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int {
	switch len(substr) {
	case 0:
		return utf8.RuneCountInString(s) + 1
	case 1:
		return bytealg.CountString(s, substr[0])
	}
	n := 0
	for {
		i := bytealg.IndexString(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Index returns the index of the first instance of substr in s, or -1 if substr is not present in s.
func Index(s, substr string) int { return bytealg.IndexString(s, substr) }

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present in s.
func IndexByte(s string, c byte) int { return bytealg.IndexByteString(s, c) }

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not present in s.
func LastIndex(s, substr string) int { return bytealg.LastIndexString(s, substr) }

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s string, c byte) int { return bytealg.LastIndexByteString(s, c) }

// IndexRune returns the index of the first instance of the Unicode code point
// r, or -1 if rune is not present in s.
// If r is utf8.RuneError, it returns the first instance of any
// invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return bytealg.IndexByteString(s, byte(r))
	case r == utf8.RuneError:
		// Both U+FFFD itself and any invalid byte decode to RuneError.
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return bytealg.IndexString(s, string(enc[:n]))
}

// IndexAny returns the index of the first instance of any Unicode code point
// from chars in s, or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if set, ok := makeByteSet(chars); ok {
		at := 0
		for at < len(s) && !set.has(s[at]) {
			at++
		}
		if at == len(s) {
			return -1
		}
		return at
	}
	return firstWhere(s, inSet(chars), true)
}

// inSet returns the test for membership in the runes of chars.
func inSet(chars string) func(rune) bool {
	return func(r rune) bool { return IndexRune(chars, r) >= 0 }
}

// LastIndexAny returns the index of the last instance of any Unicode code
// point from chars in s, or -1 if no Unicode code point from chars is
// present in s.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if set, ok := makeByteSet(chars); ok {
		at := len(s) - 1
		for at >= 0 && !set.has(s[at]) {
			at--
		}
		return at
	}
	return lastWhere(s, inSet(chars), true)
}

// IndexFunc returns the index into s of the first Unicode
// code point satisfying f(c), or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int { return firstWhere(s, f, true) }

// LastIndexFunc returns the index into s of the last
// Unicode code point satisfying f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int { return lastWhere(s, f, true) }

// firstWhere is the index of the first rune of s for which f is want.
func firstWhere(s string, f func(rune) bool, want bool) int {
	for i, c := range s {
		if f(c) == want {
			return i
		}
	}
	return -1
}

// lastWhere is the index of the last rune of s for which f is want.
func lastWhere(s string, f func(rune) bool, want bool) int {
	for end := len(s); end > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:end])
		end -= w
		if f(r) == want {
			return end
		}
	}
	return -1
}

// byteSet is a set of ASCII bytes, a bit per byte value.
type byteSet [4]uint64

// makeByteSet builds the set of the bytes of chars when they are all
// ASCII; ok is false otherwise.
func makeByteSet(chars string) (set byteSet, ok bool) {
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c >= utf8.RuneSelf {
			return set, false
		}
		set[c>>6] |= 1 << (c & 63)
	}
	return set, true
}

func (s *byteSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// Cut slices s around the first instance of sep,
// returning the text before and after sep.
// The found result reports whether sep appears in s.
// If sep does not appear in s, cut returns s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+len(sep):], true
}

// Join concatenates the elements of its first argument to create a single string. The separator
// string sep is placed between elements in the resulting string.
func Join(elems []string, sep string) string {
	if len(elems) < 2 {
		if len(elems) == 0 {
			return ""
		}
		return elems[0]
	}
	total := len(sep) * (len(elems) - 1)
	for k := range elems {
		total += len(elems[k])
	}
	var b Builder
	b.Grow(total)
	for k, e := range elems {
		if k > 0 {
			b.WriteString(sep)
		}
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns a new string consisting of count copies of the string s.
//
// It panics if count is negative or if
// the result of (len(s) * count) overflows.
func Repeat(s string, count int) string {
	switch {
	case count < 0:
		panic("strings: negative Repeat count")
	case count == 0 || len(s) == 0:
		return ""
	case len(s)*count/count != len(s):
		panic("strings: Repeat count causes overflow")
	}
	out := make([]byte, len(s)*count)
	// Fill by doubling what has been written so far.
	filled := copy(out, s)
	for filled < len(out) {
		filled += copy(out[filled:], out[:filled])
	}
	return string(out)
}

// Replace returns a copy of the string s with the first n
// non-overlapping instances of old replaced by new.
// If old is empty, it matches at the beginning of the string
// and after each UTF-8 sequence, yielding up to k+1 replacements
// for a k-rune string.
// If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new string, n int) string {
	if n == 0 || old == new {
		return s
	}
	found := Count(s, old)
	switch {
	case found == 0:
		return s
	case n < 0, found < n:
		n = found
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	rest := s
	for k := 0; k < n; k++ {
		var at int
		if old == "" {
			// Before the first rune, then after each one.
			if k > 0 {
				_, w := utf8.DecodeRuneInString(rest)
				at = w
			}
		} else {
			at = Index(rest, old)
		}
		b.WriteString(rest[:at])
		b.WriteString(new)
		rest = rest[at+len(old):]
	}
	b.WriteString(rest)
	return b.String()
}

// ReplaceAll returns a copy of the string s with all
// non-overlapping instances of old replaced by new.
// If old is empty, it matches at the beginning of the string
// and after each UTF-8 sequence, yielding up to k+1 replacements
// for a k-rune string.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t, interpreted as UTF-8 strings,
// are equal under simple Unicode case-folding, which is a more general
// form of case-insensitivity.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var a, b rune
		if s[0] < utf8.RuneSelf {
			a, s = rune(s[0]), s[1:]
		} else {
			r, w := utf8.DecodeRuneInString(s)
			a, s = r, s[w:]
		}
		if t[0] < utf8.RuneSelf {
			b, t = rune(t[0]), t[1:]
		} else {
			r, w := utf8.DecodeRuneInString(t)
			b, t = r, t[w:]
		}
		if a != b && !sameFold(a, b) {
			return false
		}
	}
	return s == t
}

// sameFold reports whether b is in a's orbit under unicode.SimpleFold.
func sameFold(a, b rune) bool {
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A' || 'A' <= b && b <= 'Z' && a == b+'a'-'A'
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

// Fields splits the string s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace, returning a slice of substrings of s or an
// empty slice if s contains only white space.
func Fields(s string) []string { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits the string s at each run of Unicode code points c satisfying f(c)
// and returns an array of slices of s. If all code points in s satisfy f(c) or the
// string is empty, an empty slice is returned.
//
// FieldsFunc makes no guarantees about the order in which it calls f(c)
// and assumes that f always returns the same value for a given c.
func FieldsFunc(s string, f func(rune) bool) []string {
	// Record the field bounds first so the result is allocated once.
	type span struct{ from, to int }
	var spans []span
	start := -1
	for i, c := range s {
		if f(c) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	out := make([]string, len(spans))
	for k, sp := range spans {
		out[k] = s[sp.from:sp.to]
	}
	return out
}

// runes splits s into its UTF-8 sequences (an invalid byte is one
// sequence, returned as "\uFFFD"), at most n pieces when n > 0, the last one holding the rest.
func runes(s string, n int) []string {
	total := utf8.RuneCountInString(s)
	if n < 0 || n > total {
		n = total
	}
	out := make([]string, n)
	for k := 0; k < n-1; k++ {
		r, w := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError {
			// An invalid byte becomes the encoding of RuneError itself.
			out[k] = string(utf8.RuneError)
		} else {
			out[k] = s[:w]
		}
		s = s[w:]
	}
	if n > 0 {
		out[n-1] = s
	}
	return out
}

// split cuts s at the instances of sep into at most n pieces (all when
// n < 0); keep is how many bytes of each separator stay at the end of the
// piece before it (0 or len(sep)).
func split(s, sep string, keep, n int) []string {
	switch {
	case n == 0:
		return nil
	case sep == "":
		return runes(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([]string, 0, n)
	for len(out) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i+keep])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

// SplitN slices s into substrings separated by sep and returns a slice of
// the substrings between those separators.
//
// The count determines the number of substrings to return:
//
//	n > 0: at most n substrings; the last substring will be the unsplit remainder.
//	n == 0: the result is nil (zero substrings)
//	n < 0: all substrings
//
// Edge cases for s and sep (for example, empty strings) are handled
// as described in the documentation for Split.
//
// To split around the first instance of a separator, see Cut.
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfterN slices s into substrings after each instance of sep and
// returns a slice of those substrings.
//
// The count determines the number of substrings to return:
//
//	n > 0: at most n substrings; the last substring will be the unsplit remainder.
//	n == 0: the result is nil (zero substrings)
//	n < 0: all substrings
//
// Edge cases for s and sep (for example, empty strings) are handled
// as described in the documentation for SplitAfter.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Split slices s into all substrings separated by sep and returns a slice of
// the substrings between those separators.
//
// If s does not contain sep and sep is not empty, Split returns a
// slice of length 1 whose only element is s.
//
// If sep is empty, Split splits after each UTF-8 sequence. If both s
// and sep are empty, Split returns an empty slice.
//
// It is equivalent to SplitN with a count of -1.
//
// To split around the first instance of a separator, see Cut.
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep and
// returns a slice of those substrings.
//
// If s does not contain sep and sep is not empty, SplitAfter returns
// a slice of length 1 whose only element is s.
//
// If sep is empty, SplitAfter splits after each UTF-8 sequence. If
// both s and sep are empty, SplitAfter returns an empty slice.
//
// It is equivalent to SplitAfterN with a count of -1.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }
