// Package utf16 implements encoding and decoding of UTF-16 sequences.
//
// A code point above U+FFFF is written as a surrogate pair: a high half
// in [U+D800, U+DBFF] carrying the upper 10 bits of (r - 0x10000) and a
// low half in [U+DC00, U+DFFF] carrying the lower 10.
package utf16

const (
	replacement = '\uFFFD'
	maxRune     = '\U0010FFFF'

	highFirst = 0xD800 // first high (leading) surrogate
	lowFirst  = 0xDC00 // first low (trailing) surrogate
	pastLow   = 0xE000 // one past the last low surrogate
	planeBase = 0x10000
)

// IsSurrogate reports whether the specified Unicode code point
// can appear in a surrogate pair.
func IsSurrogate(r rune) bool { return highFirst <= r && r < pastLow }

// DecodeRune returns the UTF-16 decoding of a surrogate pair.
// If the pair is not a valid UTF-16 surrogate pair, DecodeRune returns
// the Unicode replacement code point U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if highFirst <= r1 && r1 < lowFirst && lowFirst <= r2 && r2 < pastLow {
		return planeBase + (r1-highFirst)<<10 | (r2 - lowFirst)
	}
	return replacement
}

// EncodeRune returns the UTF-16 surrogate pair r1, r2 for the given rune.
// If the rune is not a valid Unicode code point or does not need encoding,
// EncodeRune returns U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < planeBase || r > maxRune {
		return replacement, replacement
	}
	v := r - planeBase
	return highFirst + v>>10&0x3FF, lowFirst + v&0x3FF
}

// Encode returns the UTF-16 encoding of the Unicode code point sequence s.
func Encode(s []rune) []uint16 {
	size := len(s)
	for _, r := range s {
		if r >= planeBase && r <= maxRune {
			size++
		}
	}
	out := make([]uint16, 0, size)
	for _, r := range s {
		switch {
		case r >= planeBase && r <= maxRune:
			hi, lo := EncodeRune(r)
			out = append(out, uint16(hi), uint16(lo))
		case r < 0 || r > maxRune || IsSurrogate(r):
			out = append(out, replacement)
		default:
			out = append(out, uint16(r))
		}
	}
	return out
}

// Decode returns the Unicode code point sequence represented
// by the UTF-16 encoding s.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		u := rune(s[i])
		switch {
		case !IsSurrogate(u):
			out = append(out, u)
		case u < lowFirst && i+1 < len(s) && lowFirst <= rune(s[i+1]) && rune(s[i+1]) < pastLow:
			out = append(out, DecodeRune(u, rune(s[i+1])))
			i++
		default:
			out = append(out, replacement)
		}
	}
	return out
}
