// This file implements the handful of UTF-8 operations strconv needs.
// strconv keeps them private so that it depends on no other text package.

package strconv

const (
	runeSelf     = 0x80     // bytes below this are single-byte runes
	runeMax      = 0x10FFFF // largest Unicode code point
	badRune      = 0xFFFD   // what undecodable input decodes to
	surrogateLo  = 0xD800
	surrogateHi  = 0xDFFF
	maxRuneBytes = 4
)

// decodeRune decodes the first rune of s. Invalid or truncated encodings,
// overlong forms and surrogates decode as (badRune, 1); an empty s as
// (badRune, 0).
func decodeRune(s string) (rune, int) {
	n := len(s)
	if n == 0 {
		return badRune, 0
	}
	b0 := s[0]
	if b0 < runeSelf {
		return rune(b0), 1
	}
	var need int
	var r rune
	var min rune
	switch {
	case b0&0xE0 == 0xC0:
		need, r, min = 2, rune(b0&0x1F), 0x80
	case b0&0xF0 == 0xE0:
		need, r, min = 3, rune(b0&0x0F), 0x800
	case b0&0xF8 == 0xF0:
		need, r, min = 4, rune(b0&0x07), 0x10000
	default:
		return badRune, 1
	}
	if n < need {
		// A truncated sequence still only swallows one byte; but we must
		// also reject it when its prefix is already impossible.
		return badRune, 1
	}
	for i := 1; i < need; i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			return badRune, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < min || r > runeMax || (r >= surrogateLo && r <= surrogateHi) {
		return badRune, 1
	}
	return r, need
}

// validRune reports whether r may be encoded as UTF-8.
func validRune(r rune) bool {
	if r < 0 || r > runeMax {
		return false
	}
	return r < surrogateLo || r > surrogateHi
}

// appendRune appends the UTF-8 encoding of r (badRune if r is invalid).
func appendRune(dst []byte, r rune) []byte {
	if !validRune(r) {
		r = badRune
	}
	switch {
	case r < runeSelf:
		return append(dst, byte(r))
	case r < 0x800:
		return append(dst, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(dst, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(dst, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

// runeBytes is the length of r's UTF-8 encoding (3 for invalid runes, the
// length of badRune).
func runeBytes(r rune) int {
	switch {
	case !validRune(r):
		return 3
	case r < runeSelf:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// isValidUTF8 reports whether s is entirely well-formed UTF-8.
func isValidUTF8(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < runeSelf {
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		if r == badRune && n == 1 {
			return false
		}
		i += n
	}
	return true
}
