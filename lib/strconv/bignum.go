// This file implements natural, the exact unsigned big numbers that float
// conversion rests on.
//
// A natural is a little-endian slice of base-10^9 limbs. That base makes
// the two things float conversion needs cheap: multiplying by small
// factors (powers of 2 and 5, so any m·2^e or d·10^k can be built
// exactly), and reading the decimal digits back (nine per limb). No
// division is ever needed.

package strconv

const (
	limbBase   = 1000000000 // 10^9
	limbDigits = 9
	pow5Step   = 1220703125 // 5^13, the largest power of 5 below 2^32
	pow5StepN  = 13
	pow2StepN  = 31 // multiplying a limb by 2^31 stays below 2^63
)

type natural struct {
	limbs []uint32
}

var tenPowers = [...]uint32{1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000}

// setUint64 makes z equal to v.
func (z *natural) setUint64(v uint64) {
	z.limbs = z.limbs[:0]
	for v != 0 {
		z.limbs = append(z.limbs, uint32(v%limbBase))
		v /= limbBase
	}
}

// scale multiplies z by f (f < 2^32).
func (z *natural) scale(f uint32) {
	if f == 1 {
		return
	}
	var carry uint64
	for i, l := range z.limbs {
		t := uint64(l)*uint64(f) + carry
		carry = t / limbBase
		z.limbs[i] = uint32(t - carry*limbBase)
	}
	for carry != 0 {
		z.limbs = append(z.limbs, uint32(carry%limbBase))
		carry /= limbBase
	}
}

// shiftLeft multiplies z by 2^k.
func (z *natural) shiftLeft(k int) {
	for k > 0 {
		step := k
		if step > pow2StepN {
			step = pow2StepN
		}
		z.scale(uint32(1) << uint(step))
		k -= step
	}
}

// scalePow5 multiplies z by 5^k.
func (z *natural) scalePow5(k int) {
	for k >= pow5StepN {
		z.scale(pow5Step)
		k -= pow5StepN
	}
	f := uint32(1)
	for ; k > 0; k-- {
		f *= 5
	}
	z.scale(f)
}

// scalePow10 multiplies z by 10^k.
func (z *natural) scalePow10(k int) {
	if len(z.limbs) == 0 {
		return
	}
	whole := k / limbDigits
	if whole > 0 {
		grown := make([]uint32, whole+len(z.limbs), whole+len(z.limbs)+1)
		copy(grown[whole:], z.limbs)
		z.limbs = grown
	}
	z.scale(tenPowers[k%limbDigits])
}

// compareNatural returns -1, 0 or +1 as a <, == or > b.
func compareNatural(a, b *natural) int {
	if len(a.limbs) != len(b.limbs) {
		if len(a.limbs) < len(b.limbs) {
			return -1
		}
		return 1
	}
	for i := len(a.limbs) - 1; i >= 0; i-- {
		if a.limbs[i] != b.limbs[i] {
			if a.limbs[i] < b.limbs[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// decimalDigits appends the decimal digits of z (values 0-9, not ASCII),
// most significant first, with no leading zeros.
func (z *natural) decimalDigits(dst []byte) []byte {
	n := len(z.limbs)
	if n == 0 {
		return dst
	}
	top := z.limbs[n-1]
	var tmp [limbDigits]byte
	k := limbDigits
	for top != 0 {
		k--
		tmp[k] = byte(top % 10)
		top /= 10
	}
	dst = append(dst, tmp[k:]...)
	for i := n - 2; i >= 0; i-- {
		l := z.limbs[i]
		for j := limbDigits - 1; j >= 0; j-- {
			tmp[j] = byte(l % 10)
			l /= 10
		}
		dst = append(dst, tmp[:]...)
	}
	return dst
}

// exactDecimal returns the digits of m·2^e (m > 0) and the power of ten
// the digit string is scaled by: m·2^e == digits · 10^pow.
func exactDecimal(m uint64, e int, dst []byte) ([]byte, int) {
	var z natural
	z.setUint64(m)
	if e >= 0 {
		z.shiftLeft(e)
		return z.decimalDigits(dst), 0
	}
	// m·2^e = m·5^-e / 10^-e
	z.scalePow5(-e)
	return z.decimalDigits(dst), e
}
