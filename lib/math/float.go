// This file implements the IEEE 754 representation helpers: bit
// conversions, infinities and NaNs, sign handling, classification, and the
// exact operations on a float's exponent (Frexp, Ldexp, Logb, Ilogb,
// Nextafter).

package math

import "unsafe"

// Layout of a float64.
const (
	fracBits = 52
	expMask  = 0x7ff
	expBias  = 1023
	signBit  = 1 << 63
	fracMask = 1<<fracBits - 1
	minNorm  = 0x1p-1022 // smallest normal float64
)

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits returns the float64 whose IEEE 754 representation is b.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits returns the float32 whose IEEE 754 representation is b.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(0x7ff0000000000000)
	}
	return Float64frombits(0xfff0000000000000)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(0x7ff8000000000001) }

// IsNaN reports whether f is a "not-a-number" value.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity of the given sign: sign > 0 asks
// for +Inf, sign < 0 for -Inf, sign == 0 for either.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// scaleUp maps a denormal x to a normal number y and an exponent offset e
// with x == y * 2**e; other values come back unchanged with e == 0.
func scaleUp(x float64) (y float64, e int) {
	if Abs(x) < minNorm {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp breaks f into a fraction in [½, 1) and a power of two:
// f == frac × 2**exp. Frexp(±0) = ±0, 0; Frexp(±Inf) = ±Inf, 0; Frexp(NaN)
// = NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	f, exp = scaleUp(f)
	b := Float64bits(f)
	exp += int(b>>fracBits&expMask) - (expBias - 1)
	b = b&^(expMask<<fracBits) | (expBias-1)<<fracBits
	return Float64frombits(b), exp
}

// Ldexp returns frac × 2**exp, correctly rounded. Ldexp(±0, exp) = ±0,
// Ldexp(±Inf, exp) = ±Inf, Ldexp(NaN, exp) = NaN.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || IsInf(frac, 0) {
		return frac
	}
	frac, e := scaleUp(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>fracBits&expMask) - expBias // unbiased exponent of the result
	if exp < -1075 {
		return Copysign(0, frac) // below half the smallest denormal
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	scale := 1.0
	if exp < -1022 {
		// Build the result 2**53 too large and let one multiplication
		// round it into the denormal range.
		exp += 53
		scale = 0x1p-53
	}
	b = b&^(expMask<<fracBits) | uint64(exp+expBias)<<fracBits
	return scale * Float64frombits(b)
}

// Logb returns the binary exponent of x. Logb(±Inf) = +Inf, Logb(0) =
// -Inf, Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case x != x:
		return x
	}
	return float64(binaryExp(x))
}

// Ilogb returns the binary exponent of x as an int. Ilogb(±Inf) =
// MaxInt32, Ilogb(0) = MinInt32, Ilogb(NaN) = MaxInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case x != x, IsInf(x, 0):
		return MaxInt32
	}
	return binaryExp(x)
}

// binaryExp is the unbiased exponent of a finite, non-zero x.
func binaryExp(x float64) int {
	x, e := scaleUp(x)
	return int(Float64bits(x)>>fracBits&expMask) - expBias + e
}

// Nextafter returns the next representable float64 after x towards y.
// Nextafter(x, x) = x; Nextafter(NaN, y) = Nextafter(x, NaN) = NaN.
func Nextafter(x, y float64) (r float64) {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
