// This file implements the operations whose results are exact, so any
// correct algorithm reproduces Go's: integer rounding, Modf, Mod,
// Remainder, Dim, Max, Min, FMA and Sqrt. They work on the bit patterns
// directly.

package math

// belowPoint returns a mask of the fraction bits of the finite value with
// bit pattern b that lie below the binary point; all ones for |x| < 1
// (value bits only), zero when x is integral by magnitude.
func belowPoint(b uint64) (mask uint64, small bool) {
	e := int(b>>fracBits&expMask) - expBias
	switch {
	case e < 0:
		return ^uint64(0) >> 1, true
	case e >= fracBits:
		return 0, false
	}
	return fracMask >> uint(e), false
}

// Trunc returns the integer value of x towards zero. Trunc(±0) = ±0,
// Trunc(±Inf) = ±Inf, Trunc(NaN) = NaN.
func Trunc(x float64) float64 {
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	b := Float64bits(x)
	m, small := belowPoint(b)
	if small {
		return Copysign(0, x)
	}
	return Float64frombits(b &^ m)
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 { return -Floor(-x) }

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return x
	}
	b := Float64bits(x)
	e := int(b>>fracBits&expMask) - expBias
	switch {
	case e < -1: // |x| < 0.5
		return Copysign(0, x)
	case e == -1: // 0.5 <= |x| < 1
		return Copysign(1, x)
	case e >= fracBits:
		return x
	}
	half := uint64(1) << uint(fracBits-1-e)
	b += half // may carry into the exponent, which is right
	return Float64frombits(b &^ (half<<1 - 1))
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return x
	}
	b := Float64bits(x)
	e := int(b>>fracBits&expMask) - expBias
	switch {
	case e < -1:
		return Copysign(0, x)
	case e == -1:
		if Abs(x) == 0.5 {
			return Copysign(0, x)
		}
		return Copysign(1, x)
	case e >= fracBits:
		return x
	}
	unit := uint64(1) << uint(fracBits-e) // the value 1 at this exponent
	half := unit >> 1
	// Adding half-1 rounds down on a tie; the unit bit then decides.
	b += half - 1 + (b>>uint(fracBits-e))&1
	return Float64frombits(b &^ (unit - 1))
}

// Modf returns the integer and fractional parts of f, both with f's sign.
// Modf(±Inf) = ±Inf, NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	b := Float64bits(f)
	if m, _ := belowPoint(b); m != 0 {
		b &^= m
	}
	int = Float64frombits(b)
	frac = f - int
	return
}

// Mod returns the floating-point remainder of x/y, with x's sign.
// Mod(±Inf, y), Mod(NaN, y), Mod(x, 0), Mod(x, NaN) are NaN; Mod(x, ±Inf)
// = x.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || x != x || y != y {
		return NaN()
	}
	ay := Abs(y)
	r := x // keeps the sign of a zero x
	if x < 0 {
		r = -x
	}
	if r >= ay {
		// Subtract the largest y*2**k not above r until r < y; every step
		// is exact.
		_, ye := Frexp(ay)
		for r >= ay {
			_, re := Frexp(r)
			big := Ldexp(ay, re-ye)
			if big > r {
				big = Ldexp(ay, re-ye-1)
			}
			r -= big
		}
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder returns the IEEE 754 remainder of x/y: x - n*y with n the
// integer nearest x/y (ties to even).
func Remainder(x, y float64) float64 {
	switch {
	case x != x || y != y || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := Signbit(x)
	x, y = Abs(x), Abs(y)
	if x == y {
		return Copysign(0, boolSign(neg))
	}
	if y <= MaxFloat64/2 {
		x = Mod(x, 2*y) // now x < 2y
	}
	if y < 0x1p-1021 {
		// 2x and y are exact here; compare without halving y.
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		h := y / 2
		if x > h {
			x -= y
			if x >= h {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

// Dim returns the maximum of x-y and 0. Dim(+Inf, +Inf), Dim(-Inf, -Inf)
// and Dim with a NaN argument are NaN.
func Dim(x, y float64) float64 {
	v := x - y // the subtraction itself yields the NaNs
	if v <= 0 {
		return 0
	}
	return v
}

// Max returns the larger of x and y. Max(x, +Inf) = +Inf, Max(x, NaN) =
// NaN, Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x and y. Min(x, -Inf) = -Inf, Min(x, NaN) =
// NaN, Min(-0, +0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// archFMA and archSqrt are the hardware (or libm) operations
// (runtime/math.cpp); both are correctly rounded.
func archFMA(x, y, z float64) float64
func archSqrt(x float64) float64

// FMA returns x * y + z computed with a single rounding.
func FMA(x, y, z float64) float64 { return archFMA(x, y, z) }

// Sqrt returns the square root of x. Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0,
// Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
func Sqrt(x float64) float64 { return archSqrt(x) }
