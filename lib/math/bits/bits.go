// Package bits counts, rotates, reverses and does multi-word arithmetic on
// the bits of unsigned integers.
//
// golite's version is written from the published API: counts use small
// lookup-free bit tricks (Hacker's Delight style folding), and the 128/64
// division is the classic normalised two-digit long division.
package bits

// UintSize is the width of uint in bits.
const UintSize = uintSize

const uintSize = 32 << (^uint(0) >> 63)

// panicOverflow and panicDivide raise the runtime's integer overflow and
// integer divide by zero errors (runtime/math.cpp).
func panicOverflow()
func panicDivide()

// --- leading and trailing zeros ---

// LeadingZeros returns how many zero bits precede the highest set bit of x;
// UintSize for x == 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 is LeadingZeros for uint8.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 is LeadingZeros for uint16.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 is LeadingZeros for uint32.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 is LeadingZeros for uint64.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros returns how many zero bits follow the lowest set bit of x;
// UintSize for x == 0.
func TrailingZeros(x uint) int {
	if UintSize == 32 {
		return TrailingZeros32(uint32(x))
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros8 is TrailingZeros for uint8.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros16 is TrailingZeros for uint16.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros32 is TrailingZeros for uint32.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros64 is TrailingZeros for uint64.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	// Isolate the lowest set bit; its index is the population count of
	// the mask below it.
	return OnesCount64((x & -x) - 1)
}

// --- population count ---

// OnesCount returns the number of set bits in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 is OnesCount for uint8.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 is OnesCount for uint16.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 is OnesCount for uint32.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 is OnesCount for uint64.
func OnesCount64(x uint64) int {
	// Sum adjacent fields of doubling width: 2-bit, 4-bit, 8-bit counts,
	// then add all bytes with one multiplication.
	x -= (x >> 1) & 0x5555555555555555
	x = (x & 0x3333333333333333) + ((x >> 2) & 0x3333333333333333)
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0f
	return int((x * 0x0101010101010101) >> 56)
}

// --- rotation ---

// RotateLeft rotates x left by k mod UintSize bits; a negative k rotates
// right.
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 is RotateLeft for uint8.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 is RotateLeft for uint16.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 is RotateLeft for uint32.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 is RotateLeft for uint64.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// --- bit and byte reversal ---

// Reverse returns x with its bits in reverse order.
func Reverse(x uint) uint {
	if UintSize == 32 {
		return uint(Reverse32(uint32(x)))
	}
	return uint(Reverse64(uint64(x)))
}

// Reverse8 is Reverse for uint8.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 is Reverse for uint16.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 is Reverse for uint32.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 is Reverse for uint64.
func Reverse64(x uint64) uint64 {
	// Swap neighbouring bits, pairs and nibbles, then the bytes.
	x = (x>>1)&0x5555555555555555 | (x&0x5555555555555555)<<1
	x = (x>>2)&0x3333333333333333 | (x&0x3333333333333333)<<2
	x = (x>>4)&0x0f0f0f0f0f0f0f0f | (x&0x0f0f0f0f0f0f0f0f)<<4
	return ReverseBytes64(x)
}

// ReverseBytes returns x with its bytes in reverse order.
func ReverseBytes(x uint) uint {
	if UintSize == 32 {
		return uint(ReverseBytes32(uint32(x)))
	}
	return uint(ReverseBytes64(uint64(x)))
}

// ReverseBytes16 is ReverseBytes for uint16.
func ReverseBytes16(x uint16) uint16 { return x<<8 | x>>8 }

// ReverseBytes32 is ReverseBytes for uint32.
func ReverseBytes32(x uint32) uint32 {
	x = (x>>8)&0x00ff00ff | (x&0x00ff00ff)<<8
	return x<<16 | x>>16
}

// ReverseBytes64 is ReverseBytes for uint64.
func ReverseBytes64(x uint64) uint64 {
	x = (x>>8)&0x00ff00ff00ff00ff | (x&0x00ff00ff00ff00ff)<<8
	x = (x>>16)&0x0000ffff0000ffff | (x&0x0000ffff0000ffff)<<16
	return x<<32 | x>>32
}

// --- length ---

// Len returns the number of bits needed to represent x (0 for x == 0).
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 is Len for uint8.
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 is Len for uint16.
func Len16(x uint16) int { return Len64(uint64(x)) }

// Len32 is Len for uint32.
func Len32(x uint32) int { return Len64(uint64(x)) }

// Len64 is Len for uint64.
func Len64(x uint64) int {
	// Binary search for the top set bit.
	n := 0
	if x >= 1<<32 {
		x >>= 32
		n += 32
	}
	if x >= 1<<16 {
		x >>= 16
		n += 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	if x >= 1<<4 {
		x >>= 4
		n += 4
	}
	if x >= 1<<2 {
		x >>= 2
		n += 2
	}
	if x >= 1<<1 {
		x >>= 1
		n++
	}
	return n + int(x)
}

// --- add and subtract with carry ---

// Add returns x+y+carry and the carry out (carry must be 0 or 1).
func Add(x, y, carry uint) (sum, carryOut uint) {
	if UintSize == 32 {
		s, c := Add32(uint32(x), uint32(y), uint32(carry))
		return uint(s), uint(c)
	}
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 is Add for uint32.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	t := uint64(x) + uint64(y) + uint64(carry)
	return uint32(t), uint32(t >> 32)
}

// Add64 is Add for uint64.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry leaves the top bit when both tops are set, or when either is
	// set and the sum's top bit is clear.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// Sub returns x-y-borrow and the borrow out (borrow must be 0 or 1).
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	if UintSize == 32 {
		d, b := Sub32(uint32(x), uint32(y), uint32(borrow))
		return uint(d), uint(b)
	}
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 is Sub for uint32.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	t := uint64(x) - uint64(y) - uint64(borrow)
	return uint32(t), uint32(t>>32) & 1
}

// Sub64 is Sub for uint64.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// --- full-width multiply ---

// Mul returns the double-width product of x and y as (hi, lo).
func Mul(x, y uint) (hi, lo uint) {
	if UintSize == 32 {
		h, l := Mul32(uint32(x), uint32(y))
		return uint(h), uint(l)
	}
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 is Mul for uint32.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 is Mul for uint64.
func Mul64(x, y uint64) (hi, lo uint64) {
	// Schoolbook multiplication on 32-bit halves.
	const low = 1<<32 - 1
	xh, xl := x>>32, x&low
	yh, yl := y>>32, y&low
	ll := xl * yl
	mid1 := xh*yl + ll>>32
	mid2 := xl*yh + mid1&low
	hi = xh*yh + mid1>>32 + mid2>>32
	lo = x * y
	return
}

// --- double-width divide ---

// Div divides (hi, lo) by y, returning quotient and remainder. It panics
// when y == 0 (division by zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	if UintSize == 32 {
		q, r := Div32(uint32(hi), uint32(lo), uint32(y))
		return uint(q), uint(r)
	}
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 is Div for uint32.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panicOverflow()
	}
	if y == 0 {
		panicDivide()
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

// Div64 is Div for uint64.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panicDivide()
	}
	if y <= hi {
		panicOverflow()
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Normalise so that y's top bit is set, then produce the quotient in
	// two 32-bit digits, each estimated from the top digits and corrected.
	const base = 1 << 32
	const digit = base - 1
	sh := uint(LeadingZeros64(y))
	y <<= sh
	yh, yl := y>>32, y&digit
	top := hi<<sh | lo>>(64-sh) // a shift by 64 yields 0 in Go
	low := lo << sh
	l1, l0 := low>>32, low&digit

	q1 := top / yh
	r := top - q1*yh
	for q1 >= base || q1*yl > base*r+l1 {
		q1--
		r += yh
		if r >= base {
			break
		}
	}
	mid := top*base + l1 - q1*y

	q0 := mid / yh
	r = mid - q0*yh
	for q0 >= base || q0*yl > base*r+l0 {
		q0--
		r += yh
		if r >= base {
			break
		}
	}
	return q1*base + q0, (mid*base + l0 - q0*y) >> sh
}

// Rem returns the remainder of (hi, lo) divided by y. It panics when y is
// zero but, unlike Div, not when the quotient would overflow.
func Rem(hi, lo, y uint) uint {
	if UintSize == 32 {
		return uint(Rem32(uint32(hi), uint32(lo), uint32(y)))
	}
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 is Rem for uint32.
func Rem32(hi, lo, y uint32) uint32 {
	if y == 0 {
		panicDivide()
	}
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 is Rem for uint64.
func Rem64(hi, lo, y uint64) uint64 {
	if y == 0 {
		panicDivide()
	}
	// (hi*2^64 + lo) mod y == ((hi mod y)*2^64 + lo) mod y, and hi mod y
	// is below y, so Div64 cannot overflow.
	_, r := Div64(hi%y, lo, y)
	return r
}
