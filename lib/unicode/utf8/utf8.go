// Package utf8 implements functions and constants to support text encoded in
// UTF-8. It includes functions to translate between runes and UTF-8 byte
// sequences. See https://en.wikipedia.org/wiki/UTF-8
//
// golite's implementation classifies a sequence by its first byte (see
// leading): the class gives the sequence length and the range the second
// byte must fall in, which is what rules out overlong forms, surrogates
// and code points past MaxRune. Every later byte must be a continuation
// byte (10xxxxxx).
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// Bounds of the encodable code points per encoded length, and the
// surrogate half range that UTF-8 may not encode.
const (
	max1     = 1<<7 - 1
	max2     = 1<<11 - 1
	max3     = 1<<16 - 1
	surrLow  = 0xD800
	surrHigh = 0xDFFF
	contMask = 0x3F // payload bits of a continuation byte
	contTag  = 0x80 // 10xxxxxx
)

// leading describes a first byte b: the total length n of the sequence it
// starts (0 when b can never start one) and the inclusive range [lo, hi]
// allowed for the byte that follows it.
func leading(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2: // continuation bytes and overlong 2-byte leads
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0: // forbid overlong 3-byte forms
		return 3, 0xA0, 0xBF
	case b == 0xED: // forbid the surrogate halves
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0: // forbid overlong 4-byte forms
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4: // forbid code points past MaxRune
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func isCont(b byte) bool { return b&0xC0 == contTag }

// decodeBytes and decodeString are the same algorithm over the two
// representations: the rune at the start of p and its width, with
// (RuneError, 1) for anything that is not a complete valid sequence and
// (RuneError, 0) for empty input.
func decodeBytes(p []byte) (rune, int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	b0 := p[0]
	n, lo, hi := leading(b0)
	switch {
	case n == 1:
		return rune(b0), 1
	case n == 0 || len(p) < 2 || p[1] < lo || p[1] > hi:
		return RuneError, 1
	}
	acc := rune(p[1] & contMask)
	if n == 2 {
		return rune(b0&0x1F)<<6 | acc, 2
	}
	if len(p) < 3 || !isCont(p[2]) {
		return RuneError, 1
	}
	acc = acc<<6 | rune(p[2]&contMask)
	if n == 3 {
		return rune(b0&0x0F)<<12 | acc, 3
	}
	if len(p) < 4 || !isCont(p[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | acc<<6 | rune(p[3]&contMask), 4
}

func decodeString(s string) (rune, int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	n, lo, hi := leading(b0)
	switch {
	case n == 1:
		return rune(b0), 1
	case n == 0 || len(s) < 2 || s[1] < lo || s[1] > hi:
		return RuneError, 1
	}
	acc := rune(s[1] & contMask)
	if n == 2 {
		return rune(b0&0x1F)<<6 | acc, 2
	}
	if len(s) < 3 || !isCont(s[2]) {
		return RuneError, 1
	}
	acc = acc<<6 | rune(s[2]&contMask)
	if n == 3 {
		return rune(b0&0x0F)<<12 | acc, 3
	}
	if len(s) < 4 || !isCont(s[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | acc<<6 | rune(s[3]&contMask), 4
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
// An invalid encoding is considered a full Rune since it will convert as a width-1 error rune.
func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	n, lo, hi := leading(p[0])
	if n <= 1 || len(p) >= n {
		return true
	}
	// A prefix is incomplete only while every byte seen so far is valid.
	if len(p) < 2 {
		return false
	}
	if p[1] < lo || p[1] > hi {
		return true
	}
	return len(p) == 3 && !isCont(p[2])
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := leading(s[0])
	if n <= 1 || len(s) >= n {
		return true
	}
	if len(s) < 2 {
		return false
	}
	if s[1] < lo || s[1] > hi {
		return true
	}
	return len(s) == 3 && !isCont(s[2])
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). Otherwise, if
// the encoding is invalid, it returns (RuneError, 1). Both are impossible
// results for correct, non-empty UTF-8.
//
// An encoding is invalid if it is incorrect UTF-8, encodes a rune that is
// out of range, or is not the shortest possible UTF-8 encoding for the
// value. No other validation is performed.
func DecodeRune(p []byte) (r rune, size int) { return decodeBytes(p) }

// DecodeRuneInString is like DecodeRune but its input is a string. If s is
// empty it returns (RuneError, 0). Otherwise, if the encoding is invalid, it
// returns (RuneError, 1). Both are impossible results for correct, non-empty
// UTF-8.
func DecodeRuneInString(s string) (r rune, size int) { return decodeString(s) }

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). Otherwise, if
// the encoding is invalid, it returns (RuneError, 1). Both are impossible
// results for correct, non-empty UTF-8.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Back up over at most UTFMax-1 continuation bytes to a possible start;
	// the sequence found there must end exactly at the end of p.
	from := end - 1
	for from > 0 && from > end-UTFMax && !RuneStart(p[from]) {
		from--
	}
	r, size = decodeBytes(p[from:end])
	if from+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string. If
// s is empty it returns (RuneError, 0). Otherwise, if the encoding is invalid,
// it returns (RuneError, 1). Both are impossible results for correct,
// non-empty UTF-8.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	from := end - 1
	for from > 0 && from > end-UTFMax && !RuneStart(s[from]) {
		from--
	}
	r, size = decodeString(s[from:end])
	if from+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes required to encode the rune.
// It returns -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= max1:
		return 1
	case r <= max2:
		return 2
	case r >= surrLow && r <= surrHigh:
		return -1
	case r <= max3:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
// If the rune is out of range, it writes the encoding of RuneError.
// It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) <= max1 {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	// The bytes are stored last to first, so a short p fails on its
	// first store, at the index one past its end.
	switch {
	case r <= max2:
		p[1] = contTag | byte(r)&contMask
		p[0] = 0xC0 | byte(r>>6)
		return 2
	case r <= max3:
		p[2] = contTag | byte(r)&contMask
		p[1] = contTag | byte(r>>6)&contMask
		p[0] = 0xE0 | byte(r>>12)
		return 3
	}
	p[3] = contTag | byte(r)&contMask
	p[2] = contTag | byte(r>>6)&contMask
	p[1] = contTag | byte(r>>12)&contMask
	p[0] = 0xF0 | byte(r>>18)
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and
// returns the extended buffer. If the rune is out of range,
// it appends the encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= max1 {
		return append(p, byte(r))
	}
	var tmp [UTFMax]byte
	n := EncodeRune(tmp[:], r)
	return append(p, tmp[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short
// encodings are treated as single runes of width 1 byte.
func RuneCount(p []byte) int {
	count := 0
	for i := 0; i < len(p); count++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, w := decodeBytes(p[i:])
		i += w
	}
	return count
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, w := decodeString(s[i:])
		i += w
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune. Second and subsequent bytes always have the top two
// bits set to 10.
func RuneStart(b byte) bool { return !isCont(b) }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, w := decodeBytes(p[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := decodeString(s[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
// Code points that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case r < 0:
		return false
	case r < surrLow:
		return true
	case r <= surrHigh:
		return false
	}
	return r <= MaxRune
}
