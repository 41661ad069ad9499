// This file implements FormatFloat and AppendFloat.
//
// Decimal formats work on a decimalForm: the value's significant digits
// and the position of the decimal point. It is made in one of two ways:
//
//   - fixed precision: the float's exact decimal expansion (from
//     exactDecimal), rounded to the requested digit count with ties to
//     even;
//   - shortest (precision -1): the bounds halfway to the neighbouring
//     floats are expanded exactly too, and the digits are cut at the
//     first position where a rounding of the value lies strictly inside
//     the bounds (or on a bound when the mantissa is even, since
//     round-to-even parsing maps the bound back to this float), choosing
//     the rounding closest to the value.
//
// The 'b', 'x' and 'X' formats need no decimal conversion.

package strconv

// decimalForm is the value 0.d[0]d[1]...d[n-1] × 10^point, with digit
// values 0-9, no leading and no trailing zeros (empty for zero).
type decimalForm struct {
	d     []byte
	point int
}

func (x *decimalForm) trimTrailingZeros() {
	n := len(x.d)
	for n > 0 && x.d[n-1] == 0 {
		n--
	}
	x.d = x.d[:n]
}

// incrementLast adds one unit in the last place, carrying leftwards.
func (x *decimalForm) incrementLast() {
	i := len(x.d) - 1
	for i >= 0 && x.d[i] == 9 {
		i--
	}
	if i < 0 {
		x.d = append(x.d[:0], 1)
		x.point++
		return
	}
	x.d[i]++
	x.d = x.d[:i+1]
}

// keepDigits rounds x to its first n digits (n may be zero or negative:
// digits before the first one are zeros), ties to even.
func (x *decimalForm) keepDigits(n int) {
	if n >= len(x.d) {
		return
	}
	if n < 0 {
		x.d = x.d[:0]
		return
	}
	up := false
	if c := x.d[n]; c > 5 {
		up = true
	} else if c == 5 {
		if n+1 < len(x.d) {
			up = true // digits are trimmed, so something nonzero follows
		} else {
			up = n > 0 && x.d[n-1]&1 == 1
		}
	}
	x.d = x.d[:n]
	if up {
		x.incrementLast()
	}
	x.trimTrailingZeros()
}

// exactForm returns the exact decimal expansion of u (u.m > 0).
func exactForm(u unpacked) decimalForm {
	digits, pow := exactDecimal(u.m, u.e, make([]byte, 0, 32))
	x := decimalForm{d: digits, point: len(digits) + pow}
	x.trimTrailingZeros()
	return x
}

// timesSmall returns p·v for v < 10^18.
func timesSmall(p *natural, v uint64) natural {
	lo, hi := uint32(v%limbBase), uint32(v/limbBase)
	out := make([]uint32, len(p.limbs)+3)
	var carry uint64
	for i, l := range p.limbs {
		t := uint64(l)*uint64(lo) + uint64(out[i]) + carry
		carry = t / limbBase
		out[i] = uint32(t - carry*limbBase)
	}
	for k := len(p.limbs); carry != 0; k++ {
		t := uint64(out[k]) + carry
		carry = t / limbBase
		out[k] = uint32(t - carry*limbBase)
	}
	if hi != 0 {
		carry = 0
		for i, l := range p.limbs {
			t := uint64(l)*uint64(hi) + uint64(out[i+1]) + carry
			carry = t / limbBase
			out[i+1] = uint32(t - carry*limbBase)
		}
		for k := len(p.limbs) + 1; carry != 0; k++ {
			t := uint64(out[k]) + carry
			carry = t / limbBase
			out[k] = uint32(t - carry*limbBase)
		}
	}
	n := len(out)
	for n > 0 && out[n-1] == 0 {
		n--
	}
	return natural{out[:n]}
}

// padDigits returns d preceded by zeros up to length n.
func padDigits(d []byte, n int) []byte {
	if len(d) == n {
		return d
	}
	out := make([]byte, n)
	copy(out[n-len(d):], d)
	return out
}

// shortestForm returns the shortest decimal that reads back as the float
// u of format fl.
func shortestForm(u unpacked, fl *ieeeFormat, buf []byte) decimalForm {
	if u.m == 0 {
		return decimalForm{}
	}
	if x, ok := shortestSmallInteger(u, fl, buf); ok {
		return x
	}
	if x, ok := fastShortest(u, fl, buf); ok {
		return x
	}
	// Work in units of 2^(e-2) so that the value (4m) and both bounds are
	// integers. Just above a power of two the gap below is half the gap
	// above.
	e := u.e - 2
	val := 4 * u.m
	up := val + 2
	down := val - 2
	if u.m == 1<<fl.fracBits && u.e > fl.minExp-int(fl.fracBits) {
		down = val - 1
	}
	var unit natural
	unit.setUint64(1)
	pow := 0
	if e >= 0 {
		unit.shiftLeft(e)
	} else {
		unit.scalePow5(-e)
		pow = e
	}
	hiN, vN, loN := timesSmall(&unit, up), timesSmall(&unit, val), timesSmall(&unit, down)
	hd := hiN.decimalDigits(nil)
	n := len(hd)
	vd := padDigits(vN.decimalDigits(nil), n)
	ld := padDigits(loN.decimalDigits(nil), n)

	lastNonzero := func(d []byte) int {
		i := len(d) - 1
		for i >= 0 && d[i] == 0 {
			i--
		}
		return i
	}
	loEnd, hiEnd := lastNonzero(ld), lastNonzero(hd)
	onBoundOK := u.m&1 == 0

	// gapLo and gapHi track (value prefix − lower prefix) and (upper
	// prefix − value prefix), saturated at 2: only 0, 1 and "more" matter.
	gapLo, gapHi := 0, 0
	cut, roundUp := n-1, false
	for i := 0; i < n; i++ {
		gapLo = gapLo*10 + int(vd[i]) - int(ld[i])
		if gapLo > 2 {
			gapLo = 2
		}
		gapHi = gapHi*10 + int(hd[i]) - int(vd[i])
		if gapHi > 2 {
			gapHi = 2
		}
		downOK := gapLo > 0 || onBoundOK && loEnd <= i
		upOK := gapHi >= 2 || gapHi == 1 && (hiEnd > i || onBoundOK)
		if !downOK && !upOK {
			continue
		}
		cut = i
		switch {
		case downOK && upOK:
			roundUp = moreThanHalf(vd[i+1:], vd[i])
		case upOK:
			roundUp = true
		}
		break
	}
	x := decimalForm{d: vd[:cut+1], point: n + pow}
	if roundUp {
		x.incrementLast()
	}
	lead := 0
	for lead < len(x.d) && x.d[lead] == 0 {
		lead++
	}
	x.d = x.d[lead:]
	x.point -= lead
	x.trimTrailingZeros()
	return x
}

// moreThanHalf reports whether the digits rest, read as a fraction of
// one unit, call for rounding up a last digit of last (ties to even).
func moreThanHalf(rest []byte, last byte) bool {
	if len(rest) == 0 || rest[0] < 5 {
		return false
	}
	if rest[0] > 5 {
		return true
	}
	for _, c := range rest[1:] {
		if c != 0 {
			return true
		}
	}
	return last&1 == 1
}

// shortestSmallInteger handles floats that are integers below 2^(fracBits+1)
// (whose neighbours are at least 1 away, so the integer itself, without its
// trailing zeros, is the shortest form).
func shortestSmallInteger(u unpacked, fl *ieeeFormat, buf []byte) (decimalForm, bool) {
	if u.e > 0 || u.e < -int(fl.fracBits) {
		return decimalForm{}, false
	}
	k := uint(-u.e)
	if u.m&(1<<k-1) != 0 {
		return decimalForm{}, false
	}
	return decimalFromInteger(u.m>>k, 0, buf), true
}

// FormatFloat converts the floating-point number f to a string,
// according to the format fmt and precision prec. It rounds the
// result assuming that the original was obtained from a floating-point
// value of bitSize bits (32 for float32, 64 for float64).
//
// The format fmt is one of
// 'b' (-ddddp±ddd, a binary exponent),
// 'e' (-d.dddde±dd, a decimal exponent),
// 'E' (-d.ddddE±dd, a decimal exponent),
// 'f' (-ddd.dddd, no exponent),
// 'g' ('e' for large exponents, 'f' otherwise),
// 'G' ('E' for large exponents, 'f' otherwise),
// 'x' (-0xd.ddddp±ddd, a hexadecimal fraction and binary exponent), or
// 'X' (-0Xd.ddddP±ddd, a hexadecimal fraction and binary exponent).
//
// The precision prec controls the number of digits (excluding the exponent)
// printed by the 'e', 'E', 'f', 'g', 'G', 'x', and 'X' formats.
// For 'e', 'E', 'f', 'x', and 'X', it is the number of digits after the decimal point.
// For 'g' and 'G' it is the maximum number of significant digits (trailing
// zeros are removed).
// The special precision -1 uses the smallest number of digits
// necessary such that ParseFloat will return f exactly.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	size := 24
	if prec > 0 {
		size += prec
	}
	return string(appendFloat(make([]byte, 0, size), f, fmt, prec, bitSize))
}

// AppendFloat appends the string form of the floating-point number f,
// as generated by FormatFloat, to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return appendFloat(dst, f, fmt, prec, bitSize)
}

func appendFloat(dst []byte, f float64, verb byte, prec, bitSize int) []byte {
	var fl *ieeeFormat
	var bits uint64
	switch bitSize {
	case 32:
		fl, bits = &binary32, uint64(float32Bits(float32(f)))
	case 64:
		fl, bits = &binary64, float64Bits(f)
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg, field, frac := fl.split(bits)
	if field == fl.maxField() {
		switch {
		case frac != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	}
	u := fl.value(field, frac)
	switch verb {
	case 'b':
		return appendBinaryExponent(dst, neg, u)
	case 'x', 'X':
		return appendHexFloat(dst, neg, u, fl, verb, prec)
	case 'e', 'E', 'f', 'g', 'G':
	default:
		return append(dst, '%', verb)
	}

	shortest := prec < 0
	if prec == 0 && (verb == 'g' || verb == 'G') {
		prec = 1 // 'g' always shows at least one digit
	}
	var x decimalForm
	var digitBuf [24]byte
	switch {
	case u.m == 0:
	case shortest:
		x = shortestForm(u, fl, digitBuf[:0])
	default:
		var ok bool
		if x, ok = fastFixed(u, verb, prec, digitBuf[:0]); ok {
			break
		}
		x = exactForm(u)
		switch verb {
		case 'e', 'E':
			x.keepDigits(prec + 1)
		case 'f':
			x.keepDigits(x.point + prec)
		default:
			x.keepDigits(prec)
		}
	}
	if neg {
		dst = append(dst, '-')
	}
	switch verb {
	case 'e', 'E':
		if shortest {
			prec = len(x.d) - 1
		}
		return appendExpForm(dst, &x, prec, verb)
	case 'f':
		if shortest {
			prec = len(x.d) - x.point
			if prec < 0 {
				prec = 0
			}
		}
		return appendPointForm(dst, &x, prec)
	}
	// 'g' and 'G': the exponent decides between the two layouts.
	if shortest {
		prec = len(x.d)
	}
	limit := prec
	if shortest {
		limit = 6
	} else if limit > len(x.d) && len(x.d) >= x.point {
		limit = len(x.d)
	}
	if exp := x.point - 1; exp < -4 || exp >= limit {
		if prec > len(x.d) {
			prec = len(x.d)
		}
		return appendExpForm(dst, &x, prec-1, verb+'e'-'g')
	}
	if prec > x.point {
		prec = len(x.d)
	}
	prec -= x.point
	if prec < 0 {
		prec = 0
	}
	return appendPointForm(dst, &x, prec)
}

// appendExpForm writes d.ddd…e±dd with prec digits after the point.
func appendExpForm(dst []byte, x *decimalForm, prec int, verb byte) []byte {
	first := byte('0')
	if len(x.d) > 0 {
		first += x.d[0]
	}
	dst = append(dst, first)
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			c := byte('0')
			if i < len(x.d) {
				c += x.d[i]
			}
			dst = append(dst, c)
		}
	}
	exp := 0
	if len(x.d) > 0 {
		exp = x.point - 1
	}
	dst = append(dst, verb)
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		return append(dst, '0', byte('0'+exp))
	}
	return AppendInt(dst, int64(exp), 10)
}

// appendPointForm writes ddd.ddd with prec digits after the point.
func appendPointForm(dst []byte, x *decimalForm, prec int) []byte {
	if x.point > 0 {
		n := x.point
		if n > len(x.d) {
			n = len(x.d)
		}
		for _, c := range x.d[:n] {
			dst = append(dst, '0'+c)
		}
		for i := n; i < x.point; i++ {
			dst = append(dst, '0')
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := x.point; i < x.point+prec; i++ {
			c := byte('0')
			if i >= 0 && i < len(x.d) {
				c += x.d[i]
			}
			dst = append(dst, c)
		}
	}
	return dst
}

// appendBinaryExponent writes the 'b' form: decimal mantissa, 'p', exponent.
func appendBinaryExponent(dst []byte, neg bool, u unpacked) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, u.m, 10)
	dst = append(dst, 'p')
	if u.e >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(u.e), 10)
}

// appendHexFloat writes the 'x'/'X' form: 0x1.hhhp±dd, the mantissa
// normalized to a leading 1 (subnormals included) and rounded to prec
// hex digits, ties to even.
func appendHexFloat(dst []byte, neg bool, u unpacked, fl *ieeeFormat, verb byte, prec int) []byte {
	const top = 60 // the leading bit's position; 15 hex digits follow
	m, e := u.m, 0
	if m != 0 {
		e = u.e + top
		for m>>top == 0 {
			m <<= 1
			e--
		}
		if prec >= 0 && prec < top/4 {
			drop := uint(top - 4*prec)
			rest := m & (1<<drop - 1)
			m >>= drop
			half := uint64(1) << (drop - 1)
			if rest > half || rest == half && m&1 == 1 {
				m++
			}
			m <<= drop
			if m>>(top+1) != 0 {
				m >>= 1
				e++
			}
		}
	}
	digits := lowerHex
	if verb == 'X' {
		digits = "0123456789ABCDEF"
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', verb, byte('0'+m>>top))
	frac := m & (1<<top - 1)
	if prec < 0 {
		if frac != 0 {
			dst = append(dst, '.')
			for frac != 0 {
				dst = append(dst, digits[frac>>(top-4)])
				frac = frac << 4 & (1<<top - 1)
			}
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digits[frac>>(top-4)])
			frac = frac << 4 & (1<<top - 1)
		}
	}
	dst = append(dst, verb+'p'-'x')
	if e < 0 {
		dst = append(dst, '-')
		e = -e
	} else {
		dst = append(dst, '+')
	}
	if e < 10 {
		return append(dst, '0', byte('0'+e))
	}
	return AppendInt(dst, int64(e), 10)
}
