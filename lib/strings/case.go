// This file implements the rune mappings (Map and the case conversions)
// and the trimming functions.

package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a copy of the string s with all its characters modified
// according to the mapping function. If mapping returns a negative value, the character is
// dropped from the string with no replacement.
func Map(mapping func(rune) rune, s string) string {
	// Find the first rune that changes; an invalid byte changes too, since
	// the result holds the encoding of utf8.RuneError in its place.
	for i, c := range s {
		m := mapping(c)
		if m == c {
			if c != utf8.RuneError {
				continue
			}
			if _, w := utf8.DecodeRuneInString(s[i:]); w != 1 {
				continue // a real U+FFFD, kept as is
			}
		}
		var b Builder
		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if m >= 0 {
			b.WriteRune(m)
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		for _, c := range s[i+w:] {
			if m := mapping(c); m >= 0 {
				if m < utf8.RuneSelf {
					b.WriteByte(byte(m))
				} else {
					b.WriteRune(m)
				}
			}
		}
		return b.String()
	}
	return s
}

// asciiInfo reports whether s is all ASCII and whether it has a byte in
// the range [lo, hi].
func asciiInfo(s string, lo, hi byte) (ascii, has bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if lo <= c && c <= hi {
			has = true
		}
	}
	return true, has
}

// shiftASCII returns s with the bytes in [lo, hi] moved by delta.
func shiftASCII(s string, lo, hi byte, delta int) string {
	var b Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		b.WriteByte(c)
	}
	return b.String()
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	if ascii, has := asciiInfo(s, 'a', 'z'); ascii {
		if !has {
			return s
		}
		return shiftASCII(s, 'a', 'z', 'A'-'a')
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	if ascii, has := asciiInfo(s, 'A', 'Z'); ascii {
		if !has {
			return s
		}
		return shiftASCII(s, 'A', 'Z', 'a'-'A')
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns a copy of the string s with all Unicode letters mapped to
// their Unicode title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial returns a copy of the string s with all Unicode letters mapped to their
// upper case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of the string s with all Unicode letters mapped to their
// lower case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of the string s with all Unicode letters mapped to their
// Unicode title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of the string s with each run of invalid UTF-8 byte sequences
// replaced by the replacement string, which may be empty.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	inBad := false // the previous sequence was invalid
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			inBad = false
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			if !inBad {
				b.WriteString(replacement)
				inBad = true
			}
		} else {
			b.WriteString(s[i : i+w])
			inBad = false
		}
		i += w
	}
	return b.String()
}

// startsWord reports whether a letter after r starts a word for Title:
// r is a separator, i.e. neither a letter, a digit nor an underscore.
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

// Title returns a copy of the string s with all Unicode letters that begin words
// mapped to their Unicode title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle Unicode
// punctuation properly. Use golang.org/x/text/cases instead.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		wordStart := startsWord(prev)
		prev = r
		if wordStart {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// TrimLeftFunc returns a slice of the string s with all leading
// Unicode code points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	if i := firstWhere(s, f, false); i >= 0 {
		return s[i:]
	}
	return ""
}

// TrimRightFunc returns a slice of the string s with all trailing
// Unicode code points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastWhere(s, f, false)
	if i < 0 {
		return ""
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[:i+w]
}

// TrimFunc returns a slice of the string s with all leading
// and trailing Unicode code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// cutsetFunc returns the membership test of a cutset.
func cutsetFunc(cutset string) func(rune) bool {
	if set, ok := makeByteSet(cutset); ok {
		return func(r rune) bool { return r < utf8.RuneSelf && set.has(byte(r)) }
	}
	return func(r rune) bool { return IndexRune(cutset, r) >= 0 }
}

// Trim returns a slice of the string s with all leading and
// trailing Unicode code points contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimFunc(s, cutsetFunc(cutset))
}

// TrimLeft returns a slice of the string s with all leading
// Unicode code points contained in cutset removed.
//
// To remove a prefix, use TrimPrefix instead.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimLeftFunc(s, cutsetFunc(cutset))
}

// TrimRight returns a slice of the string s, with all trailing
// Unicode code points contained in cutset removed.
//
// To remove a suffix, use TrimSuffix instead.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRightFunc(s, cutsetFunc(cutset))
}

// TrimSpace returns a slice of the string s, with all leading
// and trailing white space removed, as defined by Unicode.
func TrimSpace(s string) string {
	// ASCII ends are the common case: strip them byte by byte first.
	from, to := 0, len(s)
	for from < to && asciiSpace(s[from]) {
		from++
	}
	for to > from && asciiSpace(s[to-1]) {
		to--
	}
	s = s[from:to]
	if s != "" && (s[0] >= utf8.RuneSelf || s[len(s)-1] >= utf8.RuneSelf) {
		return TrimFunc(s, unicode.IsSpace)
	}
	return s
}

func asciiSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// TrimPrefix returns s without the provided leading prefix string.
// If s doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
// If s doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
