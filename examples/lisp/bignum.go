// Arbitrary-precision integers in base 10^9, used when fixnum arithmetic
// overflows. Magnitudes are little-endian slices of base-10^9 limbs with no
// leading zero limbs; zero is the empty magnitude and is never negative.

package main

const bigBase = 1000000000

// Big is an arbitrary-precision integer.
type Big struct {
	neg bool
	mag []uint32
}

func bigFromInt(n int64) *Big {
	b := &Big{}
	if n < 0 {
		b.neg = true
	}
	// Work in uint64 so that the most negative int64 is handled.
	var u uint64
	if n < 0 {
		u = uint64(-(n + 1)) + 1
	} else {
		u = uint64(n)
	}
	for u > 0 {
		b.mag = append(b.mag, uint32(u%bigBase))
		u /= bigBase
	}
	return b
}

func (b *Big) trim() *Big {
	for len(b.mag) > 0 && b.mag[len(b.mag)-1] == 0 {
		b.mag = b.mag[:len(b.mag)-1]
	}
	if len(b.mag) == 0 {
		b.neg = false
	}
	return b
}

// small returns the value as an Int when it fits in 62 bits comfortably.
func (b *Big) small() (Int, bool) {
	if len(b.mag) > 3 {
		return 0, false
	}
	var v uint64
	for i := len(b.mag) - 1; i >= 0; i-- {
		if v > (1<<62)/bigBase {
			return 0, false
		}
		v = v*bigBase + uint64(b.mag[i])
		if v >= 1<<62 {
			return 0, false
		}
	}
	if b.neg {
		return Int(-int64(v)), true
	}
	return Int(int64(v)), true
}

// normalize turns a Big back into an Int when possible.
func normalize(b *Big) Value {
	b.trim()
	if v, ok := b.small(); ok {
		return v
	}
	return b
}

func cmpMag(a, b []uint32) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func addMag(a, b []uint32) []uint32 {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make([]uint32, 0, len(a)+1)
	var carry uint32
	for i := 0; i < len(a); i++ {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		if s >= bigBase {
			s -= bigBase
			carry = 1
		} else {
			carry = 0
		}
		out = append(out, s)
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

// subMag computes a-b for |a| >= |b|.
func subMag(a, b []uint32) []uint32 {
	out := make([]uint32, len(a))
	var borrow int64
	for i := 0; i < len(a); i++ {
		d := int64(a[i]) - borrow
		if i < len(b) {
			d -= int64(b[i])
		}
		if d < 0 {
			d += bigBase
			borrow = 1
		} else {
			borrow = 0
		}
		out[i] = uint32(d)
	}
	return out
}

func mulMag(a, b []uint32) []uint32 {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	acc := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			cur := acc[i+j] + uint64(x)*uint64(y) + carry
			acc[i+j] = cur % bigBase
			carry = cur / bigBase
		}
		k := i + len(b)
		for carry > 0 {
			cur := acc[k] + carry
			acc[k] = cur % bigBase
			carry = cur / bigBase
			k++
		}
	}
	out := make([]uint32, len(acc))
	for i, v := range acc {
		out[i] = uint32(v)
	}
	return out
}

// Add returns a+b.
func (a *Big) Add(b *Big) *Big {
	if a.neg == b.neg {
		return (&Big{neg: a.neg, mag: addMag(a.mag, b.mag)}).trim()
	}
	if cmpMag(a.mag, b.mag) >= 0 {
		return (&Big{neg: a.neg, mag: subMag(a.mag, b.mag)}).trim()
	}
	return (&Big{neg: b.neg, mag: subMag(b.mag, a.mag)}).trim()
}

// Neg returns -a.
func (a *Big) Neg() *Big {
	return (&Big{neg: !a.neg, mag: append([]uint32(nil), a.mag...)}).trim()
}

// Sub returns a-b.
func (a *Big) Sub(b *Big) *Big { return a.Add(b.Neg()) }

// Mul returns a*b.
func (a *Big) Mul(b *Big) *Big {
	return (&Big{neg: a.neg != b.neg, mag: mulMag(a.mag, b.mag)}).trim()
}

// Cmp compares a and b.
func (a *Big) Cmp(b *Big) int {
	if a.neg != b.neg {
		if a.neg {
			return -1
		}
		return 1
	}
	c := cmpMag(a.mag, b.mag)
	if a.neg {
		return -c
	}
	return c
}

// DivSmall divides by a small non-zero divisor, truncating toward zero, and
// returns the quotient and the remainder (with the sign of a).
func (a *Big) DivSmall(d int64) (*Big, int64) {
	neg := d < 0
	if neg {
		d = -d
	}
	q := make([]uint32, len(a.mag))
	var rem uint64
	for i := len(a.mag) - 1; i >= 0; i-- {
		cur := rem*bigBase + uint64(a.mag[i])
		q[i] = uint32(cur / uint64(d))
		rem = cur % uint64(d)
	}
	r := int64(rem)
	if a.neg {
		r = -r
	}
	return (&Big{neg: a.neg != neg, mag: q}).trim(), r
}

// String prints the number in decimal.
func (a *Big) String() string {
	if len(a.mag) == 0 {
		return "0"
	}
	s := ""
	if a.neg {
		s = "-"
	}
	s += itoa(int64(a.mag[len(a.mag)-1]))
	for i := len(a.mag) - 2; i >= 0; i-- {
		limb := itoa(int64(a.mag[i]))
		for len(limb) < 9 {
			limb = "0" + limb
		}
		s += limb
	}
	return s
}

// itoa formats an integer in decimal (there is no strconv here).
func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var buf [24]byte
	i := len(buf)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-(n + 1)) + 1
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// parseInt parses a decimal integer literal into an Int or a *Big.
func parseInt(s string) (Value, bool) {
	if s == "" || s == "-" || s == "+" {
		return nil, false
	}
	neg := false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, false
		}
	}
	b := &Big{}
	for end := len(s); end > 0; end -= 9 {
		start := end - 9
		if start < 0 {
			start = 0
		}
		var limb uint32
		for i := start; i < end; i++ {
			limb = limb*10 + uint32(s[i]-'0')
		}
		b.mag = append(b.mag, limb)
	}
	b.neg = neg
	return normalize(b), true
}

// --- generic numeric operations with fixnum fast paths ---

func isNumber(v Value) bool {
	switch v.(type) {
	case Int, *Big:
		return true
	}
	return false
}

func toBig(v Value) *Big {
	switch x := v.(type) {
	case Int:
		return bigFromInt(int64(x))
	case *Big:
		return x
	}
	typeError("arithmetic", "number", v)
	return nil
}

const fixLimit = 1 << 62

func numAdd(a, b Value) Value {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x + y
			if s > -fixLimit && s < fixLimit {
				return s
			}
		}
	}
	return normalize(toBig(a).Add(toBig(b)))
}

func numSub(a, b Value) Value {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x - y
			if s > -fixLimit && s < fixLimit {
				return s
			}
		}
	}
	return normalize(toBig(a).Sub(toBig(b)))
}

func numMul(a, b Value) Value {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if x > -(1<<30) && x < 1<<30 && y > -(1<<30) && y < 1<<30 {
				return x * y
			}
		}
	}
	return normalize(toBig(a).Mul(toBig(b)))
}

// numQuotRem divides with truncation; the divisor must be a fixnum.
func numQuotRem(a, b Value) (Value, Value) {
	d, ok := b.(Int)
	if !ok {
		if _, big := b.(*Big); big {
			throw("quotient: big divisors are not supported")
		}
		typeError("quotient", "number", b)
	}
	if d == 0 {
		throw("quotient: division by zero")
	}
	if x, ok := a.(Int); ok {
		return x / d, x % d
	}
	q, r := toBig(a).DivSmall(int64(d))
	return normalize(q), Int(r)
}

func numCompare(a, b Value) int {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return toBig(a).Cmp(toBig(b))
}
