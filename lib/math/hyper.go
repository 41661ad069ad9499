// This file implements the hyperbolic functions and their inverses, the
// cube root and Hypot. Sinh, Cosh and Tanh use Cephes' rational
// approximations near zero and Exp elsewhere; the inverses and Cbrt are
// FreeBSD msun's algorithms.

package math

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	// Cephes' rational approximation for |x| <= 0.5.
	const p0, p1, p2, p3 = -0.6307673640497716991184787251e+6, -0.8991272022039509355398013511e+5, -0.2894211355989563807284660366e+4, -0.2630563213397497062819489000e+2
	const q0, q1, q2 = -0.6307673640497716991212077277e+6, 0.1521517378790019070696485176e+5, -0.173678953558233699533450911e+3
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > 21:
		r = Exp(x) * 0.5
	case x > 0.5:
		ep := Exp(x)
		r = (ep - 1/ep) * 0.5
	default:
		x2 := x * x
		r = (((p3*x2+p2)*x2+p1)*x2 + p0) * x / (((x2+q2)*x2+q1)*x2 + q0)
	}
	if neg {
		r = -r
	}
	return r
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	ax := Abs(x)
	if ax > 21 {
		return 0.5 * Exp(ax)
	}
	ep := Exp(ax)
	return 0.5 * (ep + 1/ep)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	const maxLog = 8.8029691931113054295988e+01 // log(2**127)
	// Cephes' rational approximation for |x| < 0.625.
	const p0, p1, p2 = -9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3
	const q0, q1, q2 = 1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		e2 := Exp(z + z)
		return Copysign(1-2/(e2+1), x)
	case x == 0:
		return x
	}
	x2 := x * x
	return x + x*x2*((p0*x2+p1)*x2+p2)/(((x2+q0)*x2+q1)*x2+q2)
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	const (
		tiny  = 0x1p-28
		large = 0x1p28
	)
	if x != x || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > large:
		r = Log(x) + Ln2
	case x > 2:
		r = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < tiny:
		r = x
	default:
		r = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		r = -r
	}
	return r
}

// Acosh returns the inverse hyperbolic cosine of x; NaN for x < 1.
func Acosh(x float64) float64 {
	const large = 0x1p28
	switch {
	case x < 1 || x != x:
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	xm1 := x - 1
	return Log1p(xm1 + Sqrt(xm1*xm1+2*xm1))
}

// Atanh returns the inverse hyperbolic tangent of x; ±Inf at ±1, NaN
// outside [-1, 1].
func Atanh(x float64) float64 {
	const tiny = 0x1p-28
	switch {
	case x < -1 || x > 1 || x != x:
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < tiny:
		r = x
	case x < 0.5:
		t := x + x
		r = 0.5 * Log1p(t+t*x/(1-x))
	default:
		r = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		r = -r
	}
	return r
}

// Cbrt returns the cube root of x. Cbrt(±0) = ±0, Cbrt(±Inf) = ±Inf,
// Cbrt(NaN) = NaN.
func Cbrt(x float64) float64 {
	// Exponent bias adjustments for the first estimate, (682 resp. 664 -
	// 0.03306235651) * 2**20, and the coefficients of the rational step:
	// 19/35, -864/1225, 99/70, 45/28 and 5/14 rounded.
	const b1, b2 = 715094163, 696219795
	const c, d, e = 5.42857142857142815906e-01, -7.05306122448979611050e-01, 1.41428571428571436819e+00
	const f, g = 1.60714285714285720630e+00, 3.57142857142857150787e-01
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	ax := Abs(x)
	// A 5-bit estimate from dividing the exponent by three.
	y := Float64frombits(Float64bits(ax)/3 + b1<<32)
	if ax < minNorm {
		y = 0x1p54 * ax
		y = Float64frombits(Float64bits(y)/3 + b2<<32)
	}
	// Refine to 23 bits with a rational step.
	q := y * y / ax
	den := c + q*y
	y *= g + f/(den+e+d/den)
	// Round to 22 bits, upwards, so that y*y is exact.
	y = Float64frombits(Float64bits(y)&(0xFFFFFFFFC<<28) + 1<<30)
	// One Newton step to full precision.
	q = ax / (y * y)
	q = (q - y) / (2*y + q)
	y += y * q
	return Copysign(y, x)
}

// Hypot returns Sqrt(p*p + q*q) without undue overflow or underflow.
// Hypot(±Inf, q) = +Inf, Hypot(NaN, q) = NaN (unless q is infinite).
func Hypot(p, q float64) float64 {
	switch {
	case IsInf(p, 0) || IsInf(q, 0):
		return Inf(1)
	case p != p || q != q:
		return NaN()
	}
	p, q = Abs(p), Abs(q)
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
