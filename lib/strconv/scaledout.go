// This file lays out a decimal given as an integer and a power of ten,
// d·10^k, which is what the fast conversions produce. Digits go straight
// into dst, two at a time, with no intermediate digit buffer.

package strconv

const zeroRun = "0000000000000000000000000000000000000000000000000000000000000000"

// appendZeros appends n '0' characters.
func appendZeros(dst []byte, n int) []byte {
	for n > len(zeroRun) {
		dst = append(dst, zeroRun...)
		n -= len(zeroRun)
	}
	if n > 0 {
		dst = append(dst, zeroRun[:n]...)
	}
	return dst
}

// putDigits writes the last len(b) decimal digits of v into b.
func putDigits(b []byte, v uint64) {
	i := len(b)
	for i >= 2 {
		r := v % 100
		v /= 100
		i -= 2
		b[i+1] = decPairs[2*r+1]
		b[i] = decPairs[2*r]
	}
	if i == 1 {
		b[0] = byte('0' + v%10)
	}
}

// digitCount returns the number of decimal digits of v (v > 0).
func digitCount(v uint64) int {
	t := bitLen(v) * 1233 >> 12 // within one below the answer
	if v >= unitPow10[t] {
		t++
	}
	return t
}

// dropTrailingZeros divides v (v > 0) by ten while it is a multiple of
// ten, counting the divisions in k.
func dropTrailingZeros(v uint64, k int) (uint64, int) {
	for v%100000000 == 0 {
		v /= 100000000
		k += 8
	}
	if v%10000 == 0 {
		v /= 10000
		k += 4
	}
	if v%100 == 0 {
		v /= 100
		k += 2
	}
	if v%10 == 0 {
		v /= 10
		k++
	}
	return v, k
}

// appendScaled writes d·10^k in format verb ('e', 'E', 'f', 'g', 'G').
// For a fixed precision, d has already been rounded to it.
func appendScaled(dst []byte, d uint64, k int, verb byte, prec int, shortest bool) []byte {
	n, point := 1, 1 // zero shows as the single digit 0
	if d != 0 {
		d, k = dropTrailingZeros(d, k)
		n = digitCount(d)
		point = n + k
	}
	expForm := false
	switch verb {
	case 'e', 'E':
		expForm = true
		if shortest {
			prec = n - 1
		}
	case 'f':
		if shortest {
			prec = n - point
			if prec < 0 {
				prec = 0
			}
		}
	default:
		// 'g' and 'G': the exponent decides between the two layouts.
		if shortest {
			prec = n
		}
		limit := prec
		if shortest {
			limit = 6
		} else if limit > n && n >= point {
			limit = n
		}
		if exp := point - 1; exp < -4 || exp >= limit {
			expForm = true
			if prec > n {
				prec = n
			}
			prec--
			verb = verb + 'e' - 'g'
		} else {
			if prec > point {
				prec = n
			}
			prec -= point
			if prec < 0 {
				prec = 0
			}
		}
	}
	if expForm {
		if n > prec+1 {
			return appendExpForm(dst, digitsOf(d, n, point), prec, verb)
		}
		return appendExpScaled(dst, d, n, point, prec, verb)
	}
	if n-point > prec {
		return appendPointForm(dst, digitsOf(d, n, point), prec)
	}
	return appendPointScaled(dst, d, n, point, prec)
}

// digitsOf returns d (n digits, point as in decimalForm) as a decimalForm,
// for the layouts the direct writers do not cover.
func digitsOf(d uint64, n, point int) *decimalForm {
	x := &decimalForm{d: make([]byte, n), point: point}
	for i := n - 1; i >= 0; i-- {
		x.d[i] = byte(d % 10)
		d /= 10
	}
	if d == 0 && n == 1 && x.d[0] == 0 {
		x.d = x.d[:0]
		x.point = 0
	}
	return x
}

// appendExpScaled writes d (n digits, n <= prec+1) as d.ddd…e±dd with
// prec digits after the point.
func appendExpScaled(dst []byte, d uint64, n, point, prec int, verb byte) []byte {
	start := len(dst)
	if prec == 0 {
		dst = append(dst, byte('0'+d))
	} else {
		// Write the digits one place to the right, then pull the first
		// one in front of the point.
		dst = append(dst, zeroRun[:n+1]...)
		putDigits(dst[start+1:start+1+n], d)
		dst[start] = dst[start+1]
		dst[start+1] = '.'
		dst = appendZeros(dst, prec+1-n)
	}
	exp := 0
	if d != 0 {
		exp = point - 1
	}
	sign := byte('+')
	if exp < 0 {
		sign = '-'
		exp = -exp
	}
	if exp < 100 {
		return append(dst, verb, sign, decPairs[2*exp], decPairs[2*exp+1])
	}
	return append(dst, verb, sign, byte('0'+exp/100), decPairs[2*(exp%100)], decPairs[2*(exp%100)+1])
}

// appendPointScaled writes d (n digits, the point after the first point
// of them, at most prec of them after the point) as ddd.ddd with prec
// digits after the point.
func appendPointScaled(dst []byte, d uint64, n, point, prec int) []byte {
	start := len(dst)
	switch {
	case point <= 0:
		dst = append(dst, '0')
		if prec > 0 {
			dst = append(dst, '.')
			dst = appendZeros(dst, -point)
			at := len(dst)
			dst = append(dst, zeroRun[:n]...)
			putDigits(dst[at:], d)
			dst = appendZeros(dst, prec-(n-point))
		}
	case point < n:
		dst = append(dst, zeroRun[:n+1]...)
		putDigits(dst[start+1:], d)
		copy(dst[start:start+point], dst[start+1:start+1+point])
		dst[start+point] = '.'
		dst = appendZeros(dst, prec-(n-point))
	default:
		if n <= len(zeroRun) {
			dst = append(dst, zeroRun[:n]...)
		} else {
			dst = appendZeros(dst, n)
		}
		putDigits(dst[start:], d)
		dst = appendZeros(dst, point-n)
		if prec > 0 {
			dst = append(dst, '.')
			dst = appendZeros(dst, prec)
		}
	}
	return dst
}
