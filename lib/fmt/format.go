package fmt

import (
	"strconv"
	"unicode/utf8"
)

// This file holds the leaf formatters: given the flags, width and
// precision of the current directive (printer.spec), each one appends the
// text of one integer, float, string, rune or bool to printer.out.

// spec is one directive's flags, width and precision.
type spec struct {
	width, prec       int
	hasWidth, hasPrec bool

	minus, plus, sharp, space, zero bool
	// plusV and sharpV record %+v and %#v; plus and sharp are then off.
	plusV, sharpV bool
}

// clearFlags resets the flags for a new directive. The width and
// precision numbers stay (only their has* bits clear): a Formatter asking
// State.Width of a directive without one sees the last value, as in Go.
func (s *spec) clearFlags() {
	*s = spec{width: s.width, prec: s.prec}
}

const (
	lowerHex = "0123456789abcdefx"
	upperHex = "0123456789ABCDEFX"
)

// fill appends n copies of the padding byte: '0' under the zero flag,
// else a space.
func (p *printer) fill(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.spec.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		p.out = append(p.out, c)
	}
}

// padBytes appends b, padded to the width (counted in runes).
func (p *printer) padBytes(b []byte) {
	if !p.spec.hasWidth || p.spec.width == 0 {
		p.out = append(p.out, b...)
		return
	}
	gap := p.spec.width - utf8.RuneCount(b)
	if p.spec.minus {
		p.out = append(p.out, b...)
		p.spaces(gap)
		return
	}
	p.fill(gap)
	p.out = append(p.out, b...)
}

// padString is padBytes for a string.
func (p *printer) padString(s string) {
	if !p.spec.hasWidth || p.spec.width == 0 {
		p.out = append(p.out, s...)
		return
	}
	gap := p.spec.width - utf8.RuneCountInString(s)
	if p.spec.minus {
		p.out = append(p.out, s...)
		p.spaces(gap)
		return
	}
	p.fill(gap)
	p.out = append(p.out, s...)
}

func (p *printer) spaces(n int) {
	for ; n > 0; n-- {
		p.out = append(p.out, ' ')
	}
}

func (p *printer) putBool(b bool) {
	if b {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// putInteger formats u (an int64's bits when signed) in base 2, 8, 10 or
// 16, honouring precision (minimum digits), the zero flag, '#' prefixes
// and the sign flags; 'O' always gets the "0o" prefix.
func (p *printer) putInteger(u uint64, base int, signed bool, verb rune, digits string) {
	s := &p.spec
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	minDigits := 1
	if s.hasPrec {
		minDigits = s.prec
		if minDigits == 0 && u == 0 {
			// "%.0d" of zero prints nothing but the padding.
			z := s.zero
			s.zero = false
			p.fill(s.width)
			s.zero = z
			return
		}
	} else if s.zero && s.hasWidth {
		minDigits = s.width
		if neg || s.plus || s.space {
			minDigits--
		}
	}
	// Room for 64 binary digits, a prefix and a sign.
	var buf []byte
	if minDigits+4 > len(p.scratch) {
		buf = make([]byte, minDigits+4)
	} else {
		buf = p.scratch[:]
	}
	at := len(buf)
	b := uint64(base)
	for u >= b {
		at--
		buf[at] = digits[u%b]
		u /= b
	}
	at--
	buf[at] = digits[u]
	for len(buf)-at < minDigits {
		at--
		buf[at] = '0'
	}
	if s.sharp {
		switch base {
		case 2:
			at -= 2
			buf[at], buf[at+1] = '0', 'b'
		case 8:
			if buf[at] != '0' {
				at--
				buf[at] = '0'
			}
		case 16:
			at -= 2
			buf[at], buf[at+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		at -= 2
		buf[at], buf[at+1] = '0', 'o'
	}
	switch {
	case neg:
		at--
		buf[at] = '-'
	case s.plus:
		at--
		buf[at] = '+'
	case s.space:
		at--
		buf[at] = ' '
	}
	// Zeros, if wanted, are already among the digits.
	z := s.zero
	s.zero = false
	p.padBytes(buf[at:])
	s.zero = z
}

// putHex0x formats u in hexadecimal, with or without the 0x prefix.
func (p *printer) putHex0x(u uint64, prefix bool) {
	saved := p.spec.sharp
	p.spec.sharp = prefix
	p.putInteger(u, 16, false, 'v', lowerHex)
	p.spec.sharp = saved
}

// putUnicode formats %U: "U+" and at least four upper-case hex digits,
// then " 'c'" under '#' when the rune is printable.
func (p *printer) putUnicode(u uint64) {
	digits := 4
	if p.spec.hasPrec && p.spec.prec > digits {
		digits = p.spec.prec
	}
	var hex []byte
	for v := u; v > 0 || len(hex) == 0; v >>= 4 {
		hex = append(hex, upperHex[v&15])
	}
	b := p.scratch[:0]
	b = append(b, "U+"...)
	for i := len(hex); i < digits; i++ {
		b = append(b, '0')
	}
	for i := len(hex) - 1; i >= 0; i-- {
		b = append(b, hex[i])
	}
	if p.spec.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		b = append(b, " '"...)
		b = utf8.AppendRune(b, rune(u))
		b = append(b, '\'')
	}
	z := p.spec.zero
	p.spec.zero = false
	p.padBytes(b)
	p.spec.zero = z
}

func toRune(u uint64) rune {
	if u > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(u)
}

// putChar formats %c.
func (p *printer) putChar(u uint64) {
	n := utf8.EncodeRune(p.scratch[:], toRune(u))
	p.padBytes(p.scratch[:n])
}

// putQuotedChar formats %q of an integer: a Go rune literal.
func (p *printer) putQuotedChar(u uint64) {
	if p.spec.plus {
		p.padBytes(strconv.AppendQuoteRuneToASCII(p.scratch[:0], toRune(u)))
	} else {
		p.padBytes(strconv.AppendQuoteRune(p.scratch[:0], toRune(u)))
	}
}

// putFloat formats f (of the given bit size) with strconv's verb and
// precision, then applies fmt's sign, padding and '#' rules.
func (p *printer) putFloat(f float64, size int, verb rune, prec int) {
	s := &p.spec
	if s.hasPrec {
		prec = s.prec
	}
	// num[0] is reserved for the sign.
	num := strconv.AppendFloat(p.scratch[:1], f, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if s.space && num[0] == '+' && !s.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		// Infinities and NaN are never zero padded; NaN shows a sign
		// only when one was asked for.
		z := s.zero
		s.zero = false
		if num[1] == 'N' && !s.space && !s.plus {
			num = num[1:]
		}
		p.padBytes(num)
		s.zero = z
		return
	}
	if s.sharp && verb != 'b' {
		num = keepPoint(num, verb, prec)
	}
	if s.plus || num[0] != '+' {
		if s.zero && s.hasWidth && s.width > len(num) {
			// The sign goes before the zeros.
			p.out = append(p.out, num[0])
			p.fill(s.width - len(num))
			p.out = append(p.out, num[1:]...)
			return
		}
		p.padBytes(num)
		return
	}
	p.padBytes(num[1:])
}

// keepPoint implements '#' for floats: the decimal point always shows,
// and %g/%v/%x keep trailing zeros up to the precision (6 by default).
func keepPoint(num []byte, verb rune, prec int) []byte {
	want := 0
	if verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x' {
		want = prec
		if want == -1 {
			want = 6
		}
	}
	var exp []byte
	point := false
	nonzero := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			point = true
			continue
		}
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			exp = append(exp, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			nonzero = true
		}
		if nonzero {
			want--
		}
	}
	if !point {
		if len(num) == 2 && num[1] == '0' {
			// A lone zero counts as a significant digit.
			want--
		}
		num = append(num, '.')
	}
	for ; want > 0; want-- {
		num = append(num, '0')
	}
	return append(num, exp...)
}

// putComplex formats "(re+imi)": both parts with the same verb, width
// and precision, the imaginary one always signed.
func (p *printer) putComplex(c complex128, size int, verb rune, prec int) {
	plus := p.spec.plus
	p.out = append(p.out, '(')
	p.putFloat(real(c), size/2, verb, prec)
	p.spec.plus = true
	p.putFloat(imag(c), size/2, verb, prec)
	p.out = append(p.out, "i)"...)
	p.spec.plus = plus
}

// clipString cuts s to the precision, counted in runes.
func (p *printer) clipString(s string) string {
	if p.spec.hasPrec {
		n := 0
		for i := range s {
			if n == p.spec.prec {
				return s[:i]
			}
			n++
		}
	}
	return s
}

func (p *printer) clipBytes(b []byte) []byte {
	if p.spec.hasPrec {
		n := 0
		for i := 0; i < len(b); {
			if n == p.spec.prec {
				return b[:i]
			}
			_, w := utf8.DecodeRune(b[i:])
			i += w
			n++
		}
	}
	return b
}

// putHexString formats %x/%X of a string or byte slice: two digits per
// byte; ' ' separates the bytes and '#' adds 0x (to each byte under ' ').
func (p *printer) putHexString(src string, digits string) {
	s := &p.spec
	n := len(src)
	if s.hasPrec && s.prec < n {
		n = s.prec
	}
	total := 2 * n
	if total > 0 {
		if s.space {
			if s.sharp {
				total *= 2
			}
			total += n - 1
		} else if s.sharp {
			total += 2
		}
	} else {
		if s.hasWidth {
			p.fill(s.width)
		}
		return
	}
	if s.hasWidth && s.width > total && !s.minus {
		p.fill(s.width - total)
	}
	if s.sharp && !s.space {
		p.out = append(p.out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if s.space {
			if i > 0 {
				p.out = append(p.out, ' ')
			}
			if s.sharp {
				p.out = append(p.out, '0', digits[16])
			}
		}
		c := src[i]
		p.out = append(p.out, digits[c>>4], digits[c&15])
	}
	if s.hasWidth && s.width > total && s.minus {
		p.spaces(s.width - total)
	}
}

// putQuoted formats %q of a string: backquoted under '#' when possible,
// ASCII-only escapes under '+'.
func (p *printer) putQuoted(str string) {
	str = p.clipString(str)
	if p.spec.sharp && strconv.CanBackquote(str) {
		p.padString("`" + str + "`")
		return
	}
	if p.spec.plus {
		p.padBytes(strconv.AppendQuoteToASCII(p.scratch[:0], str))
	} else {
		p.padBytes(strconv.AppendQuote(p.scratch[:0], str))
	}
}
