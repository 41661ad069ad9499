// This file describes the two IEEE-754 binary formats strconv converts
// to and from, and moves raw bits in and out of float values.

package strconv

import "unsafe"

// ieeeFormat describes one binary floating-point format.
type ieeeFormat struct {
	fracBits uint // explicit fraction bits
	expBits  uint // exponent field width
	minExp   int  // exponent of the smallest normal number's leading bit
}

var (
	binary64 = ieeeFormat{fracBits: 52, expBits: 11, minExp: -1022}
	binary32 = ieeeFormat{fracBits: 23, expBits: 8, minExp: -126}
)

// maxField is the all-ones exponent field (Inf and NaN).
func (f ieeeFormat) maxField() uint64 { return 1<<f.expBits - 1 }

// unpacked is a finite non-negative float as m·2^e, with m < 2^(fracBits+1).
type unpacked struct {
	m uint64
	e int
}

// split decodes raw bits into sign, exponent field and fraction field.
func (f ieeeFormat) split(bits uint64) (neg bool, field uint64, frac uint64) {
	frac = bits & (1<<f.fracBits - 1)
	field = bits >> f.fracBits & f.maxField()
	neg = bits>>(f.fracBits+f.expBits) != 0
	return
}

// value returns the finite float with the given fields as m·2^e.
func (f ieeeFormat) value(field, frac uint64) unpacked {
	if field == 0 {
		return unpacked{frac, f.minExp - int(f.fracBits)}
	}
	return unpacked{frac | 1<<f.fracBits, int(field) - 1 + f.minExp - int(f.fracBits)}
}

// pack encodes the value m·2^e, where m < 2^(fracBits+1) and m has its
// top bit set unless e is the smallest exponent (subnormal), as raw bits.
// It reports overflow when the exponent is too large, returning Inf.
func (f ieeeFormat) pack(neg bool, m uint64, e int) (uint64, bool) {
	var bits uint64
	overflow := false
	if m>>f.fracBits == 0 {
		bits = m // subnormal or zero: exponent field 0
	} else {
		field := e + int(f.fracBits) - f.minExp + 1
		if field >= int(f.maxField()) {
			bits = f.maxField() << f.fracBits
			overflow = true
		} else {
			bits = uint64(field)<<f.fracBits | m&(1<<f.fracBits-1)
		}
	}
	if neg {
		bits |= 1 << (f.fracBits + f.expBits)
	}
	return bits, overflow
}

// The conversions below handle finite values by arithmetic alone:
// taking the address of a parameter, as the raw reinterpretations do,
// moves it to the heap under golite's escape rules. Every step is exact
// (products by powers of two whose results are representable).

// pow2Tab[i] is 2^(i-1074), every power of two a float64 holds.
var pow2Tab = func() (t [2098]float64) {
	t[0] = 0x1p-1074
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 2
	}
	return
}()

// float64Bits returns the IEEE-754 bits of f.
func float64Bits(f float64) uint64 {
	if f != f || f-f != 0 {
		return rawFloat64Bits(f) // NaN or infinity
	}
	var b uint64
	if f < 0 || f == 0 && 1/f < 0 {
		b = 1 << 63
		f = -f
	}
	switch {
	case f == 0:
		return b
	case f < 0x1p-1022:
		return b | uint64(f*0x1p1000*0x1p74)
	}
	// Bring a copy into [1, 2^64) to find the top bit.
	g, e := f, 0
	if g >= 0x1p64 {
		if g >= 0x1p512 {
			g *= 0x1p-512
			e += 512
		}
		if g >= 0x1p256 {
			g *= 0x1p-256
			e += 256
		}
		if g >= 0x1p128 {
			g *= 0x1p-128
			e += 128
		}
		if g >= 0x1p64 {
			g *= 0x1p-64
			e += 64
		}
	} else if g < 1 {
		if g < 0x1p-512 {
			g *= 0x1p512
			e -= 512
		}
		if g < 0x1p-256 {
			g *= 0x1p256
			e -= 256
		}
		if g < 0x1p-128 {
			g *= 0x1p128
			e -= 128
		}
		if g < 0x1p-64 {
			g *= 0x1p64
			e -= 64
		}
		g *= 0x1p64
		e -= 64
	}
	t := bitLen(uint64(g)) - 1 // 2^t <= g < 2^(t+1), and f = g·2^e
	m := uint64(g * pow2Tab[52-t+1074])
	return b | uint64(t+e+1023)<<52 | m&(1<<52-1)
}

// float64FromBits returns the float64 with IEEE-754 bits b.
func float64FromBits(b uint64) float64 {
	field := b >> 52 & 0x7ff
	if field == 0x7ff {
		return rawFloat64FromBits(b)
	}
	m := b & (1<<52 - 1)
	e := -1074
	if field != 0 {
		m |= 1 << 52
		e = int(field) - 1075
	}
	f := float64(m) * pow2Tab[e+1074]
	if b>>63 != 0 {
		f = -f
	}
	return f
}

// float32Bits returns the IEEE-754 bits of f.
func float32Bits(f float32) uint32 {
	v := float64(f)
	if v != v || v-v != 0 {
		return rawFloat32Bits(f)
	}
	var b uint32
	if v < 0 || v == 0 && 1/v < 0 {
		b = 1 << 31
		v = -v
	}
	if v < 0x1p-126 {
		return b | uint32(v*0x1p149)
	}
	w := float64Bits(v)
	return b | uint32(w>>52-1023+127)<<23 | uint32(w&(1<<52-1)>>29)
}

// float32FromBits returns the float32 with IEEE-754 bits b.
func float32FromBits(b uint32) float32 {
	field := b >> 23 & 0xff
	if field == 0xff {
		return rawFloat32FromBits(b)
	}
	m := b & (1<<23 - 1)
	e := -149
	if field != 0 {
		m |= 1 << 23
		e = int(field) - 150
	}
	f := float64(m) * pow2Tab[e+1074]
	if b>>31 != 0 {
		f = -f
	}
	return float32(f)
}

func rawFloat64Bits(f float64) uint64     { return *(*uint64)(unsafe.Pointer(&f)) }
func rawFloat64FromBits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
func rawFloat32Bits(f float32) uint32     { return *(*uint32)(unsafe.Pointer(&f)) }
func rawFloat32FromBits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }
