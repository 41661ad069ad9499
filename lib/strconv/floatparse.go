// This file implements ParseFloat.
//
// Parsing has three stages:
//
//  1. scanNumber reads the syntax (sign, decimal or 0x mantissa with
//     optional underscores, exponent) into a numberText, keeping at most
//     maxKeptDigits significant decimal digits plus a sticky flag for the
//     nonzero digits dropped beyond them.
//  2. Hexadecimal mantissas are rounded to the target format directly.
//  3. Decimal values take an exact shortcut when the digits and the power
//     of ten are both exactly representable (one IEEE operation then
//     rounds correctly); otherwise a float64 estimate is refined by exact
//     comparison of the input against the halfway points between adjacent
//     floats, using natural (base-10^9) arithmetic.

package strconv

const maxKeptDigits = 800

// numberText is a scanned number.
type numberText struct {
	neg    bool
	hex    bool
	lead   uint64 // decimal: the first (up to 19) significant digits
	nsig   int    // decimal: count of significant digits
	mant   string // decimal: the mantissa's text, for the exact path
	point  int    // decimal: value = 0.(significant digits) × 10^point
	sticky bool   // hex: nonzero digits were dropped after the kept ones

	hexMant uint64 // hex: value = hexMant × 2^hexExp (sticky as above)
	hexExp  int
}

// lowerEq reports whether s begins with word, ignoring ASCII case.
func lowerEq(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := 0; i < len(word); i++ {
		if s[i]|0x20 != word[i] {
			return false
		}
	}
	return true
}

// scanSpecial recognizes [+-]inf, [+-]infinity and nan at the start of s.
func scanSpecial(s string) (f float64, n int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	sign := 1.0
	skip := 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		skip = 1
	}
	rest := s[skip:]
	switch {
	case lowerEq(rest, "infinity"):
		return sign * float64FromBits(0x7FF0000000000000), skip + 8, true
	case lowerEq(rest, "inf"):
		return sign * float64FromBits(0x7FF0000000000000), skip + 3, true
	case skip == 0 && lowerEq(rest, "nan"):
		return float64FromBits(0x7FF8000000000001), 3, true
	}
	return 0, 0, false
}

// scanNumber reads the longest number at the start of s. It reports the
// number of bytes used, or ok == false when s does not start with one.
func scanNumber(s string) (num numberText, n int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		num.neg = s[i] == '-'
		i++
	}
	radix := 10
	if i+1 < len(s) && s[i] == '0' && s[i+1]|0x20 == 'x' {
		radix = 16
		num.hex = true
		i += 2
	}
	underscores := false
	mantStart := i
	sawDigit, sawPoint := false, false
	dotAt := 0     // decimal: count of mantissa digits (incl. leading zeros) before the point
	intDigits := 0 // decimal: digits seen so far, leading zeros included
	leadZeros := 0 // decimal: zeros before the first significant digit
	// The loop keeps its state in locals (registers), not in num.
	var lead, hexMant uint64
	nsig, hexExp, sticky := 0, 0, false
scan:
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawPoint {
				break scan
			}
			sawPoint = true
			dotAt = intDigits
			continue
		}
		var d int
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case radix == 16 && 'a' <= c|0x20 && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			break scan
		}
		sawDigit = true
		if radix == 16 {
			if hexMant>>60 == 0 {
				hexMant = hexMant<<4 | uint64(d)
				if sawPoint {
					hexExp -= 4
				}
			} else {
				if d != 0 {
					sticky = true
				}
				if !sawPoint {
					hexExp += 4
				}
			}
			continue
		}
		intDigits++
		if d == 0 && nsig == 0 {
			leadZeros++
			continue
		}
		if nsig < 19 {
			lead = lead*10 + uint64(d)
		}
		nsig++
	}
	num.lead, num.nsig = lead, nsig
	num.hexMant, num.hexExp, num.sticky = hexMant, hexExp, sticky
	num.mant = s[mantStart:i]
	if !sawDigit {
		return num, 0, false
	}
	if !sawPoint {
		dotAt = intDigits
	}
	num.point = dotAt - leadZeros

	// The exponent: e for decimal (optional), p for hex (required).
	exp := 0
	if i < len(s) && (radix == 10 && s[i]|0x20 == 'e' || radix == 16 && s[i]|0x20 == 'p') {
		i++
		expNeg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			expNeg = s[i] == '-'
			i++
		}
		expDigits := false
		for ; i < len(s); i++ {
			c := s[i]
			if c == '_' {
				underscores = true
				continue
			}
			if c < '0' || c > '9' {
				break
			}
			expDigits = true
			if exp < 100000 {
				exp = exp*10 + int(c-'0')
			}
		}
		if !expDigits {
			return num, 0, false
		}
		if expNeg {
			exp = -exp
		}
	} else if radix == 16 {
		return num, 0, false
	}
	if radix == 16 {
		num.hexExp += exp
	} else {
		num.point += exp
	}
	if underscores && !underscoresWellPlaced(s[:i]) {
		return num, 0, false
	}
	return num, i, true
}

// exactPow10 holds the powers of ten that float64 represents exactly.
var exactPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// roundHex rounds mant·2^exp (plus a sticky fraction) into format fl.
func roundHex(fl *ieeeFormat, neg bool, mant uint64, exp int, sticky bool) (uint64, bool) {
	if mant == 0 {
		bits, _ := fl.pack(neg, 0, 0)
		return bits, false
	}
	width := bitLen(mant)
	keep := int(fl.fracBits) + 1
	shift := width - keep
	minUlp := fl.minExp - int(fl.fracBits)
	if exp+shift < minUlp {
		shift = minUlp - exp
	}
	m := mant
	if shift > 0 {
		if shift > 64 {
			sticky = sticky || m != 0
			m = 0
		} else {
			var rest uint64
			if shift == 64 {
				rest, m = m, 0
			} else {
				rest = m & (1<<uint(shift) - 1)
				m >>= uint(shift)
			}
			half := uint64(1) << uint(shift-1)
			if rest > half || rest == half && (sticky || m&1 == 1) {
				m++
			}
		}
		exp += shift
		if m>>uint(keep) != 0 {
			m >>= 1
			exp++
		}
	} else if shift < 0 {
		m <<= uint(-shift)
		exp += shift
	}
	maxUlp := int(fl.maxField()) - 2 + fl.minExp - int(fl.fracBits)
	if exp > maxUlp {
		bits := fl.maxField() << fl.fracBits
		if neg {
			bits |= 1 << (fl.fracBits + fl.expBits)
		}
		return bits, true
	}
	return fl.pack(neg, m, exp)
}

// infinity returns the bits of ±Inf and true (overflow).
func (f ieeeFormat) infinity(neg bool) (uint64, bool) {
	bits := f.maxField() << f.fracBits
	if neg {
		bits |= 1 << (f.fracBits + f.expBits)
	}
	return bits, true
}

// decimalInput is the exact value of a decimal number, prepared for
// comparisons with binary halfway points: value = left / right · 2^twos,
// where twos carries the power of two hidden in the power of ten.
type decimalInput struct {
	left   natural // digits · 5^q for q ≥ 0, digits otherwise
	right  natural // 5^-q for q < 0, 1 otherwise
	twos   int     // q
	sticky bool
}

// naturalFromDigits builds the natural whose decimal digits are d.
func naturalFromDigits(d []byte) natural {
	var z natural
	z.limbs = make([]uint32, 0, len(d)/limbDigits+1)
	for end := len(d); end > 0; end -= limbDigits {
		start := end - limbDigits
		if start < 0 {
			start = 0
		}
		var l uint32
		for _, c := range d[start:end] {
			l = l*10 + uint32(c)
		}
		z.limbs = append(z.limbs, l)
	}
	n := len(z.limbs)
	for n > 0 && z.limbs[n-1] == 0 {
		n--
	}
	z.limbs = z.limbs[:n]
	return z
}

// compareHalfway compares the input with h·2^p and returns -1, 0 or +1.
func (in *decimalInput) compareHalfway(h uint64, p int) int {
	// input = left·2^twos / right  vs  h·2^p
	// ⇔ left·2^(twos-p)  vs  h·right   (scaling the smaller side)
	rhs := timesSmall(&in.right, h)
	var c int
	if d := in.twos - p; d >= 0 {
		lhs := natural{append([]uint32(nil), in.left.limbs...)}
		lhs.shiftLeft(d)
		c = compareNatural(&lhs, &rhs)
	} else {
		rhs.shiftLeft(-d)
		c = compareNatural(&in.left, &rhs)
	}
	if c == 0 && in.sticky {
		c = 1
	}
	return c
}

// estimate returns a float64 near 0.digits × 10^point (within a few
// units in the last place), working from the leading 19 digits.
func estimate(digits []byte, point int) float64 {
	n := len(digits)
	if n > 19 {
		n = 19
	}
	var m uint64
	for _, c := range digits[:n] {
		m = m*10 + uint64(c)
	}
	f := float64(m)
	k := point - n
	if k < -300 {
		f /= 1e300
		k += 300
	}
	for k > 22 {
		f *= 1e22
		k -= 22
	}
	for k < -22 {
		f /= 1e22
		k += 22
	}
	if k >= 0 {
		return f * exactPow10[k]
	}
	return f / exactPow10[-k]
}

// significantDigits returns the digit values of the mantissa text without
// leading zeros, at most maxKeptDigits of them, and whether nonzero digits
// were dropped after those.
func significantDigits(text string) (digits []byte, sticky bool) {
	digits = make([]byte, 0, 32)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' || c == '0' && len(digits) == 0 {
			continue
		}
		if len(digits) < maxKeptDigits {
			digits = append(digits, c-'0')
		} else if c != '0' {
			sticky = true
		}
	}
	return digits, sticky
}

// exactFloat64 converts num to binary64 when its significant digits form
// an integer below 2^53 and the power of ten is exact too (after moving
// spare powers into the integer while it stays exact): the hardware then
// rounds the single product or quotient correctly.
func exactFloat64(num numberText) (float64, bool) {
	m := num.lead
	if num.nsig > 19 || m >= 1<<53 {
		return 0, false
	}
	k := num.point - num.nsig
	var f float64
	switch {
	case k >= 0 && k <= 22:
		f = float64(m) * exactPow10[k]
	case k < 0 && k >= -22:
		f = float64(m) / exactPow10[-k]
	case k > 22 && k <= 22+15:
		for k > 22 && m < 1<<53/10 {
			m *= 10
			k--
		}
		if k > 22 {
			return 0, false
		}
		f = float64(m) * exactPow10[k]
	default:
		return 0, false
	}
	if num.neg {
		f = -f
	}
	return f, true
}

// decimalToFloat rounds the decimal num (with at least one significant
// digit) to the nearest value of format fl, ties to even. It returns the
// bits and whether the result overflowed to infinity.
func decimalToFloat(fl *ieeeFormat, num numberText) (uint64, bool) {
	point := num.point
	// Out-of-range shortcuts: 10^(point-1) ≤ value < 10^point.
	maxPoint, minPoint := 310, -324
	if fl == &binary32 {
		maxPoint, minPoint = 40, -46
	}
	if point >= maxPoint {
		return fl.infinity(num.neg)
	}
	if point <= minPoint {
		return fl.pack(num.neg, 0, 0)
	}

	// Exact shortcut: an exact integer times or divided by an exact power
	// of ten is rounded once by the hardware.
	if num.nsig <= 19 {
		m := num.lead
		k := point - num.nsig
		if fl == &binary64 {
			if f, ok := exactFloat64(num); ok {
				return float64Bits(f), false
			}
		}
		if fl == &binary32 && m < 1<<24 && k >= -10 && k <= 10 {
			f := float32(m)
			if k >= 0 {
				f *= float32(exactPow10[k])
			} else {
				f /= float32(exactPow10[-k])
			}
			bits := uint64(float32Bits(f))
			if num.neg {
				bits |= 1 << 31
			}
			return bits, false
		}
	}

	// Eisel-Lemire on the leading 19 digits; with more digits, the true
	// mantissa lies between w and w+1 and both must round alike.
	{
		n := num.nsig
		if n > 19 {
			n = 19
		}
		w := num.lead
		q := point - n
		if m, e, ok := lemire(fl, w, q); ok {
			inexact := n < num.nsig
			if !inexact {
				return fl.pack(num.neg, m, e)
			}
			if m2, e2, ok2 := lemire(fl, w+1, q); ok2 && m2 == m && e2 == e {
				return fl.pack(num.neg, m, e)
			}
		}
	}

	// Estimate, then settle the last bit exactly.
	digits, sticky := significantDigits(num.mant)
	var cand unpacked
	guess := estimate(digits, point)
	var gbits uint64
	if fl == &binary32 {
		gbits = uint64(float32Bits(float32(guess)))
	} else {
		gbits = float64Bits(guess)
	}
	_, field, frac := fl.split(gbits)
	minUlp := fl.minExp - int(fl.fracBits)
	maxUlp := int(fl.maxField()) - 2 + fl.minExp - int(fl.fracBits)
	lead := uint64(1) << fl.fracBits
	if field == fl.maxField() {
		cand = unpacked{lead, maxUlp + 1}
	} else {
		cand = fl.value(field, frac)
		if cand.m == 0 {
			cand.e = minUlp
		}
	}

	q := point - len(digits)
	in := decimalInput{left: naturalFromDigits(digits), twos: q, sticky: sticky}
	in.right.setUint64(1)
	if q >= 0 {
		in.left.scalePow5(q)
	} else {
		in.right.scalePow5(-q)
	}
	for {
		if cand.e <= maxUlp {
			c := in.compareHalfway(2*cand.m+1, cand.e-1)
			if c > 0 || c == 0 && cand.m&1 == 1 {
				cand.m++
				if cand.m == 2*lead {
					cand.m = lead
					cand.e++
				}
				continue
			}
		}
		if cand.m > 0 {
			h, p := 2*cand.m-1, cand.e-1
			if cand.m == lead && cand.e > minUlp {
				h, p = 4*cand.m-1, cand.e-2
			}
			c := in.compareHalfway(h, p)
			if c < 0 || c == 0 && cand.m&1 == 1 {
				cand.m--
				if cand.m < lead && cand.e > minUlp {
					cand.m = 2*lead - 1
					cand.e--
				}
				continue
			}
		}
		break
	}
	if cand.e > maxUlp {
		return fl.infinity(num.neg)
	}
	return fl.pack(num.neg, cand.m, cand.e)
}

// parseFloatPrefix parses the longest float at the start of s, returning
// the number of bytes it used.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if f, n, ok := scanSpecial(s); ok {
		if bitSize == 32 {
			f = float64(float32(f))
		}
		return f, n, nil
	}
	num, n, ok := scanNumber(s)
	if !ok {
		return 0, 0, failSyntax("ParseFloat", s)
	}
	fl := &binary64
	if bitSize == 32 {
		fl = &binary32
	}
	var bits uint64
	var overflow bool
	switch {
	case num.hex:
		bits, overflow = roundHex(fl, num.neg, num.hexMant, num.hexExp, num.sticky)
	case num.nsig == 0:
		bits, _ = fl.pack(num.neg, 0, 0)
	default:
		if fl == &binary64 {
			if f, ok := exactFloat64(num); ok {
				return f, n, nil
			}
		}
		bits, overflow = decimalToFloat(fl, num)
	}
	var f float64
	if fl == &binary32 {
		f = float64(float32FromBits(uint32(bits)))
	} else {
		f = float64FromBits(bits)
	}
	if overflow {
		return f, n, failRange("ParseFloat", s[:n])
	}
	return f, n, nil
}

// ParseFloat converts the string s to a floating-point number
// with the precision specified by bitSize: 32 for float32, or 64 for float64.
// When bitSize=32, the result still has type float64, but it will be
// convertible to float32 without changing its value.
//
// ParseFloat accepts decimal and hexadecimal floating-point numbers
// as defined by the Go syntax for floating-point literals.
// If s is well-formed and near a valid floating-point number,
// ParseFloat returns the nearest floating-point number rounded
// using IEEE754 unbiased rounding.
// (Parsing a hexadecimal floating-point value only rounds when
// there are more bits in the hexadecimal representation than
// will fit in the mantissa.)
//
// The errors that ParseFloat returns have concrete type *NumError
// and include err.Num = s.
//
// If s is not syntactically well-formed, ParseFloat returns err.Err = ErrSyntax.
//
// If s is syntactically well-formed but is more than 1/2 ULP
// away from the largest floating point number of the given size,
// ParseFloat returns f = ±Inf, err.Err = ErrRange.
//
// ParseFloat recognizes the string "NaN", and the (possibly signed) strings "Inf" and "Infinity"
// as their respective special floating point values. It ignores case when matching.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, failSyntax("ParseFloat", s)
	}
	return f, err
}
