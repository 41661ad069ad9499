// This file implements shortest float formatting by Schubfach (Raffaello
// Giulietti, "The Schubfach way to render doubles", 2020).
//
// For v = c·2^q the rounding interval of v is [v − 2^(q−1), v + 2^(q−1)]
// (the lower half-gap is 2^(q−2) just above a power of two), closed when
// c is even. Pick k with 10^k ≤ the gap, so the interval holds at least
// one multiple of 10^k and at most one of 10^(k+1). Multiplying the value
// and both bounds (in quarter units, 4c and 4c±2) by 10^-k with one
// 128-bit table entry, rounded to odd, gives integers that compare with
// multiples of 4 exactly as the true products do. Then the answer is the
// multiple of 10^(k+1) in the interval if there is one, else the
// multiple of 10^k nearest to v (ties to even) among those inside.

package strconv

// wide192 is a 192-bit unsigned number w2:w1:w0.
type wide192 struct{ w0, w1, w2 uint64 }

// times returns the 192-bit product of gh:gl and x.
func times(gh, gl, x uint64) wide192 {
	mh, ml := mulWide(gl, x)
	th, tl := mulWide(gh, x)
	w1 := tl + mh
	if w1 < tl {
		th++
	}
	return wide192{ml, w1, th}
}

// plus returns a + b (no overflow in use).
func (a wide192) plus(b wide192) wide192 {
	w0 := a.w0 + b.w0
	c := uint64(0)
	if w0 < a.w0 {
		c = 1
	}
	w1 := a.w1 + b.w1 + c
	c2 := uint64(0)
	if w1 < a.w1 || w1 == a.w1 && c == 1 {
		c2 = 1
	}
	return wide192{w0, w1, a.w2 + b.w2 + c2}
}

// minus returns a − b (a >= b in use).
func (a wide192) minus(b wide192) wide192 {
	w0 := a.w0 - b.w0
	c := uint64(0)
	if a.w0 < b.w0 {
		c = 1
	}
	w1 := a.w1 - b.w1 - c
	c2 := uint64(0)
	if a.w1 < b.w1 || a.w1 == b.w1 && c == 1 {
		c2 = 1
	}
	return wide192{w0, w1, a.w2 - b.w2 - c2}
}

// oddTop returns the top 64 bits of p, with the lowest bit forced to one
// when any of the next 64 bits is set, so that exact and inexact products
// stay distinguishable.
func (p wide192) oddTop() uint64 {
	if p.w1 != 0 {
		return p.w2 | 1
	}
	return p.w2
}

// schubfach returns the decimal digits s and exponent k of the shortest
// decimal s·10^k that reads back as u (u.m > 0), nearest to u among the
// shortest ones.
func schubfach(u unpacked, fl *ieeeFormat) (s uint64, k int) {
	c, q := u.m, u.e
	inclusive := c&1 == 0
	val := c << 2
	below := val - 2
	if c == 1<<fl.fracBits && q > fl.minExp-int(fl.fracBits) {
		below = val - 1
		// floor(log10(3/4 · 2^q))
		k = (q*1262611 - 524031) >> 22
	} else {
		// floor(log10(2^q))
		k = (q * 1262611) >> 22
	}
	// 10^-k ≈ g·2^E with g = table + 1 (an upper bound, 128 bits).
	gh, gl := pow10Words(-k)
	gl++
	if gl == 0 {
		gh++
	}
	h := uint(q + pow10Exp2(-k) + 128) // 1..4
	// The bounds differ from the value by 2 or 1 units before the shift,
	// so their products are the value's plus or minus g shifted: one
	// multiplication serves all three.
	p := times(gh, gl, val<<h)
	step := wide192{gl << (h + 1), gh<<(h+1) | gl>>(63-h), gh >> (63 - h)}
	vb := p.oddTop()
	hi := p.plus(step).oddTop()
	if below == val-1 {
		step = wide192{gl << h, gh<<h | gl>>(64-h), gh >> (64 - h)}
	}
	lo := p.minus(step).oddTop()
	if !inclusive {
		lo++
		hi--
	}
	s = vb >> 2
	// One digit shorter: multiples of 10^(k+1) bracketing the value.
	if s >= 10 {
		t := s / 10 * 10
		downIn := lo <= t<<2
		upIn := (t+10)<<2 <= hi
		if downIn != upIn {
			if upIn {
				t += 10
			}
			return t, k
		}
	}
	downIn := lo <= s<<2
	upIn := (s+1)<<2 <= hi
	if downIn != upIn {
		if upIn {
			s++
		}
		return s, k
	}
	half := s<<2 + 2
	if vb > half || vb == half && s&1 == 1 {
		s++
	}
	return s, k
}
