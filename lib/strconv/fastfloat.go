// This file implements the fast paths of float conversion, built on the
// 128-bit power-of-ten table in pow10tab.go:
//
//   - fastFixed scales the value by a power of ten so that it becomes an
//     ~18-digit fixed-point number (64-bit integer part, 64-bit fraction,
//     error below two units of the fraction) and rounds it to the digit
//     count asked for. A rounding the error could flip is reported as
//     undecided, and the caller falls back to the exact code.
//   - fastParse is the Eisel-Lemire method: a 64-bit decimal mantissa
//     times the 128-bit power gives the binary mantissa; it gives up when
//     the discarded bits could hide a halfway case.

package strconv

// mulWide returns the 128-bit product of a and b as (hi, lo).
func mulWide(a, b uint64) (hi, lo uint64) {
	const half = 32
	const mask = 1<<half - 1
	a0, a1 := a&mask, a>>half
	b0, b1 := b&mask, b>>half
	p00 := a0 * b0
	p01 := a0 * b1
	p10 := a1 * b0
	p11 := a1 * b1
	mid := p00>>half + p01&mask + p10&mask
	hi = p11 + p01>>half + p10>>half + mid>>half
	lo = a * b
	return
}

// bitLen returns the number of bits needed to represent x.
func bitLen(x uint64) int {
	n := 0
	if x>>32 != 0 {
		x >>= 32
		n = 32
	}
	if x>>16 != 0 {
		x >>= 16
		n += 16
	}
	if x>>8 != 0 {
		x >>= 8
		n += 8
	}
	return n + int(byteLen[x])
}

// byteLen[b] is bitLen(b) for a byte.
var byteLen = func() (t [256]uint8) {
	for b := 1; b < 256; b++ {
		t[b] = t[b/2] + 1
	}
	return
}()

// pow10Exp2 is the binary exponent of table entry q: 10^q ≈ M·2^pow10Exp2(q).
func pow10Exp2(q int) int {
	return (q*217706)>>16 - 127
}

// pow10Words returns the table mantissa of 10^q (q within the table).
func pow10Words(q int) (hi, lo uint64) {
	i := 2 * (q - pow10TabLow)
	return pow10Tab[i], pow10Tab[i+1]
}

// fixedPoint is a non-negative number as a 64-bit integer part and a
// 64-bit fraction.
type fixedPoint struct {
	whole, frac uint64
}

// scaleBy returns x·M·2^-shift, where (mh, ml) is the 128-bit M, as a
// fixedPoint (64 <= shift <= 192, result below 2^64).
func scaleBy(x, mh, ml uint64, shift uint) fixedPoint {
	// 192-bit product p2:p1:p0.
	h1, l1 := mulWide(x, ml)
	h2, l2 := mulWide(x, mh)
	p0 := l1
	p1 := h1 + l2
	carry := uint64(0)
	if p1 < h1 {
		carry = 1
	}
	p2 := h2 + carry
	// The fraction is bits [shift-64, shift), the integer bits [shift, shift+64).
	return fixedPoint{whole: bits64(p0, p1, p2, shift), frac: bits64(p0, p1, p2, shift-64)}
}

// bits64 returns the 64 bits of the 192-bit number p2:p1:p0 that start at
// bit position at (bits above the top read as zero).
func bits64(p0, p1, p2 uint64, at uint) uint64 {
	var cur, next uint64
	switch at / 64 {
	case 0:
		cur, next = p0, p1
	case 1:
		cur, next = p1, p2
	case 2:
		cur = p2
	default:
		return 0
	}
	b := at % 64
	if b == 0 {
		return cur
	}
	return cur>>b | next<<(64-b)
}

// versus compares the integer c with the approximated bound b, whose
// true value lies within two fraction units of b. It returns -1 or +1,
// or 0 when the error leaves the answer open.
func versus(c uint64, b fixedPoint) int {
	const slack = 2
	if b.frac >= slack && b.frac <= ^uint64(0)-slack {
		if c <= b.whole {
			return -1
		}
		return 1
	}
	if c+1 <= b.whole { // c ≤ whole−1
		return -1
	}
	if c >= b.whole+2 {
		return 1
	}
	return 0
}

var unitPow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// scaledFrame picks the power of ten 10^k that brings the float u into
// [10^17, 2·10^18) and returns the table words and shift that scale
// x·2^(u.e−2) by 10^-k; ok is false outside the table.
func scaledFrame(u unpacked) (k int, mh, ml uint64, shift uint, ok bool) {
	top := u.e + bitLen(u.m) - 1 // 2^top <= value < 2^(top+1)
	k = (top*78913)>>18 - 17
	q := -k
	if q < pow10TabLow || q > pow10TabHigh {
		return 0, 0, 0, 0, false
	}
	mh, ml = pow10Words(q)
	s := -(pow10Exp2(q) + u.e - 2)
	if s < 64 || s > 190 {
		return 0, 0, 0, 0, false
	}
	return k, mh, ml, uint(s), true
}

// fastFixed rounds u (u.m > 0) to the digit count its format asks for
// ('e': prec+1 digits, 'f': prec decimals, 'g': prec digits), ties to even,
// as the integer d·10^exp, or reports ok == false when it cannot be sure.
func fastFixed(u unpacked, verb byte, prec int) (d uint64, exp int, ok bool) {
	k, mh, ml, shift, ok := scaledFrame(u)
	if !ok {
		return 0, 0, false
	}
	mid := scaleBy(4*u.m, mh, ml, shift)
	digits := 18
	if mid.whole >= unitPow10[18] {
		digits = 19
	}
	var n int
	switch verb {
	case 'e', 'E':
		n = prec + 1
	case 'f':
		n = digits + k + prec
	default:
		n = prec
	}
	if n < 0 && verb == 'f' {
		return 0, 0, true // below half a unit of the last decimal
	}
	if n <= 0 || n > 17 {
		return 0, 0, false
	}
	unit := unitPow10[digits-n]
	rem := mid.whole % unit
	q := mid.whole / unit
	const edge = 2
	if unit == 1 {
		const halfFrac = 1 << 63
		if mid.frac+edge >= halfFrac && mid.frac <= halfFrac+edge {
			return 0, 0, false
		}
		if mid.frac > halfFrac {
			q++
		}
	} else {
		half := unit / 2
		switch {
		case rem == half && mid.frac <= edge, rem == half-1 && mid.frac >= ^uint64(0)-edge:
			return 0, 0, false
		case rem >= half:
			q++
		}
	}
	return q, k + digits - n, true
}

// lemire converts w·10^q (w > 0) to format fl, returning the mantissa
// and exponent (value m·2^e, m with fracBits+1 bits, a normal float) or
// ok == false when the 128-bit product cannot settle the rounding or the
// result is not a normal finite number.
func lemire(fl *ieeeFormat, w uint64, q int) (m uint64, e int, ok bool) {
	if q < pow10TabLow || q > pow10TabHigh {
		return 0, 0, false
	}
	lz := 64 - bitLen(w)
	w <<= uint(lz)
	mh, ml := pow10Words(q)
	hi, lo := mulWide(w, mh)
	drop := 64 - (fl.fracBits + 2) - 1 // bits below the rounding bit when hi's top bit is clear
	dropMask := uint64(1)<<drop - 1
	if hi&dropMask == dropMask && lo+w < lo {
		h2, l2 := mulWide(w, ml)
		nlo := lo + h2
		if nlo < lo {
			hi++
		}
		lo = nlo
		if hi&dropMask == dropMask && lo+1 == 0 && l2+w < l2 {
			return 0, 0, false
		}
	}
	top := hi >> 63
	mant := hi >> (top + uint64(drop))
	if lo == 0 && hi&dropMask == 0 && mant&3 == 1 {
		return 0, 0, false // maybe exactly halfway
	}
	e = int(top) + int(drop) + 128 + pow10Exp2(q) - lz
	mant = (mant + mant&1) >> 1
	e++
	if mant>>(fl.fracBits+1) != 0 {
		mant >>= 1
		e++
	}
	minUlp := fl.minExp - int(fl.fracBits)
	maxUlp := int(fl.maxField()) - 2 + minUlp
	if e < minUlp || e > maxUlp {
		return 0, 0, false
	}
	return mant, e, true
}
