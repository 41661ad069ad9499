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
func (f *ieeeFormat) maxField() uint64 { return 1<<f.expBits - 1 }

// unpacked is a finite non-negative float as m·2^e, with m < 2^(fracBits+1).
type unpacked struct {
	m uint64
	e int
}

// split decodes raw bits into sign, exponent field and fraction field.
func (f *ieeeFormat) split(bits uint64) (neg bool, field uint64, frac uint64) {
	frac = bits & (1<<f.fracBits - 1)
	field = bits >> f.fracBits & f.maxField()
	neg = bits>>(f.fracBits+f.expBits) != 0
	return
}

// value returns the finite float with the given fields as m·2^e.
func (f *ieeeFormat) value(field, frac uint64) unpacked {
	if field == 0 {
		return unpacked{frac, f.minExp - int(f.fracBits)}
	}
	return unpacked{frac | 1<<f.fracBits, int(field) - 1 + f.minExp - int(f.fracBits)}
}

// pack encodes the value m·2^e, where m < 2^(fracBits+1) and m has its
// top bit set unless e is the smallest exponent (subnormal), as raw bits.
// It reports overflow when the exponent is too large, returning Inf.
func (f *ieeeFormat) pack(neg bool, m uint64, e int) (uint64, bool) {
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

func float64Bits(f float64) uint64     { return *(*uint64)(unsafe.Pointer(&f)) }
func float64FromBits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
func float32Bits(f float32) uint32     { return *(*uint32)(unsafe.Pointer(&f)) }
func float32FromBits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }
