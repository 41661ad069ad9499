// This file implements the exponential and logarithm family. Exp, Exp2,
// Log, Log1p and Expm1 are the FreeBSD msun (fdlibm) algorithms: argument
// reduction by multiples of ln 2 carried in two parts, then a minimax
// polynomial in a transformed variable. Pow reduces to Frexp, Exp and Log
// with binary powering of the integer part of the exponent, as Go does.

package math

const (
	ln2Hi = 6.93147180369123816490e-01 // high bits of ln 2, exact in k*ln2Hi
	ln2Lo = 1.90821492927058770002e-10 // ln 2 - ln2Hi
)

// Remez coefficients of R(z) ~ (2 - 2z/(e**z-1) ... ) used by Exp.
const (
	expC1 = 1.66666666666666657415e-01
	expC2 = -2.77777777770155933842e-03
	expC3 = 6.61375632143793436117e-05
	expC4 = -1.65339022054652515390e-06
	expC5 = 4.13813679705723846039e-08
)

// Exp returns e**x. Exp(+Inf) = +Inf, Exp(NaN) = NaN; very large results
// overflow to +Inf, very small ones underflow to 0.
// On amd64 Go 1.19 computes Exp in assembly with another method, which
// expAsm imitates; elsewhere it uses fdlibm's, expPlain. Go's arm64
// assembly agrees with expPlain except that it flushes results below
// 0.75 * 2**-1074 to 0, where expPlain rounds them up to 2**-1074.
func Exp(x float64) float64 {
	if asmExp {
		return expAsm(x)
	}
	if x < expZeroBelow {
		return 0
	}
	return expPlain(x)
}

func expPlain(x float64) float64 {
	const (
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		tiny      = 0x1p-28
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	case -tiny < x && x < tiny:
		return 1 + x
	}
	// x = k*ln2 + r with |r| <= ln2/2, r carried as hi - lo.
	var k int
	if x < 0 {
		k = int(Log2E*x - 0.5)
	} else {
		k = int(Log2E*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	return expReduced(hi, lo, k)
}

// expReduced returns e**(hi-lo) * 2**k.
func expReduced(hi, lo float64, k int) float64 {
	r := hi - lo
	rr := r * r
	c := r - rr*(expC1+rr*(expC2+rr*(expC3+rr*(expC4+rr*expC5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Exp2 returns 2**x. Exp2(+Inf) = +Inf, Exp2(NaN) = NaN.
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	var n int
	if x > 0 {
		n = int(x + 0.5)
	} else if x < 0 {
		n = int(x - 0.5)
	}
	t := x - float64(n)
	return expReduced(t*ln2Hi, -t*ln2Lo, n)
}

// Coefficients of the log polynomial in s = f/(2+f).
const (
	logC1 = 6.666666666666735130e-01
	logC2 = 3.999999999940941908e-01
	logC3 = 2.857142874366239149e-01
	logC4 = 2.222219843214978396e-01
	logC5 = 1.818357216161805012e-01
	logC6 = 1.531383769920937332e-01
	logC7 = 1.479819860511658591e-01
)

// Log returns the natural logarithm of x. Log(+Inf) = +Inf, Log(0) =
// -Inf, Log(x < 0) = NaN, Log(NaN) = NaN.
func Log(x float64) float64 {
	switch {
	case x != x || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	var m float64
	var e int
	if asmLog {
		b := Float64bits(x)
		m = Float64frombits(b&fracMask | (expBias-1)<<fracBits)
		e = int(b>>fracBits&expMask) - (expBias - 1)
	} else {
		m, e = Frexp(x)
	}
	if m < Sqrt2/2 {
		m *= 2
		e--
	}
	f := m - 1
	k := float64(e)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	odd := s2 * (logC1 + s4*(logC3+s4*(logC5+s4*logC7)))
	even := s4 * (logC2 + s4*(logC4+s4*logC6))
	hf := 0.5 * f * f
	r := odd + even
	return k*ln2Hi - ((hf - (s*(hf+r) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x; exact for powers of two.
func Log2(x float64) float64 {
	m, e := Frexp(x)
	if m == 0.5 {
		return float64(e - 1)
	}
	return Log(m)*(1/Ln2) + float64(e)
}

// Log1p returns the natural logarithm of 1 plus x, accurately also for x
// near zero. Log1p(+Inf) = +Inf, Log1p(±0) = ±0, Log1p(-1) = -Inf,
// Log1p(x < -1) = NaN, Log1p(NaN) = NaN.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // Sqrt(2)-1
		sqrt2HalfM1 = -2.928932188134524755992e-01 // Sqrt(2)/2-1
		small       = 0x1p-29
		tiny        = 0x1p-54
		two53       = 0x1p53
	)
	switch {
	case x < -1 || x != x:
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	ax := Abs(x)
	var f, corr float64
	var hb uint64 // fraction bits of 1+x (nonzero marks the general path)
	k := 1
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			// 1+x is within [sqrt(2)/2, sqrt(2)): no reduction.
			k = 0
			f = x
			hb = 1
		}
	}
	if k != 0 {
		var w float64
		if ax < two53 {
			w = 1 + x
			hb = Float64bits(w)
			k = int(hb>>fracBits) - expBias
			// corr corrects for the rounding of 1+x.
			if k > 0 {
				corr = 1 - (w - x)
			} else {
				corr = x - (w - 1)
			}
			corr /= w
		} else {
			w = x
			hb = Float64bits(w)
			k = int(hb>>fracBits) - expBias
			corr = 0
		}
		hb &= fracMask
		if hb < 0x0006a09e667f3bcd { // fraction of sqrt(2)
			w = Float64frombits(hb | 0x3ff0000000000000)
		} else {
			k++
			w = Float64frombits(hb | 0x3fe0000000000000)
			hb = (0x0010000000000000 - hb) >> 2
		}
		f = w - 1
	}
	hf := 0.5 * f * f
	fk := float64(k)
	if hb == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			corr += fk * ln2Lo
			return fk*ln2Hi + corr
		}
		r := hf * (1 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return fk*ln2Hi - ((r - (fk*ln2Lo + corr)) - f)
	}
	ratio := f / (2 + f)
	r2 := ratio * ratio
	r := r2 * (logC1 + r2*(logC2+r2*(logC3+r2*(logC4+r2*(logC5+r2*(logC6+r2*logC7))))))
	if k == 0 {
		return f - (hf - ratio*(hf+r))
	}
	return fk*ln2Hi - ((hf - (ratio*(hf+r) + (fk*ln2Lo + corr))) - f)
}

// Expm1 returns e**x - 1, accurately also for x near zero. Expm1(+Inf) =
// +Inf, Expm1(-Inf) = -1, Expm1(NaN) = NaN.
func Expm1(x float64) float64 {
	const (
		othreshold = 7.09782712893383973096e+02
		ln2X56     = 3.88162421113569373274e+01
		ln2HalfX3  = 1.03972077083991796413e+00
		ln2Half    = 3.46573590279972654709e-01
		invLn2     = 1.44269504088896338700e+00
		tiny       = 0x1p-54
		q1         = -3.33333333333331316428e-02
		q2         = 1.58730158725481460165e-03
		q3         = -7.93650757867487942473e-05
		q4         = 4.00821782732936239552e-06
		q5         = -2.01099218183624371326e-07
	)
	switch {
	case IsInf(x, 1) || x != x:
		return x
	case IsInf(x, -1):
		return -1
	}
	ax := Abs(x)
	neg := x < 0
	if ax >= ln2X56 {
		if neg {
			return -1
		}
		if ax >= othreshold {
			return Inf(1)
		}
	}
	var c float64
	var k int
	switch {
	case ax > ln2Half:
		var hi, lo float64
		if ax < ln2HalfX3 {
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			tk := float64(k)
			hi = x - tk*ln2Hi
			lo = tk * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case ax < tiny:
		return x
	}
	hx := 0.5 * x
	xhx := x * hx
	poly := 1 + xhx*(q1+xhx*(q2+xhx*(q3+xhx*(q4+xhx*q5))))
	tk := 3 - poly*hx
	corr := xhx * ((poly - tk) / (6.0 - x*tk))
	if k == 0 {
		return x - (x*corr - xhx)
	}
	corr = x*(corr-c) - c
	corr -= xhx
	switch {
	case k == -1:
		return 0.5*(x-corr) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (corr - (x + 0.5))
		}
		return 1 + 2*(x-corr)
	case k <= -2 || k > 56:
		y := 1 - (corr - x)
		if k == 1024 {
			y = y * 2 * 0x1p1023
		} else {
			y = Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
		}
		return y - 1
	}
	if k < 20 {
		tk := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1-2**-k
		y := tk - (corr - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
	}
	tk = Float64frombits(uint64(expBias-k) << fracBits) // 2**-k
	y := x - (corr + tk)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
}

// Pow returns x**y; the special cases are those of C99's pow (see Go's
// documentation of math.Pow).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0:
		odd := isOddInt(y)
		if y < 0 {
			if Signbit(x) && odd {
				return Inf(-1)
			}
			return Inf(1)
		}
		if y > 0 {
			if Signbit(x) && odd {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // becomes Pow(-0, -y)
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// An even integer this large over- or underflows for every x but
		// -1.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}

	// The result is acc * 2**accExp.
	acc := 1.0
	accExp := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	// Binary powering of the mantissa; the exponent is kept apart.
	m, me := Frexp(x)
	for n := int64(yi); n != 0; n >>= 1 {
		if me < -1<<12 || 1<<12 < me {
			// Hopeless over- or underflow: let Ldexp produce it.
			accExp += me
			break
		}
		if n&1 == 1 {
			acc *= m
			accExp += me
		}
		m *= m
		me <<= 1
		if m < .5 {
			m += m
			me--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

// isOddInt reports whether x is an odd integer, as Go 1.19 decides it:
// from int64(x), which saturates on arm64, so that there every finite
// x >= 2**63 counts as odd (int64(x) is MaxInt64).
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		// All such floats are even integers; ±Inf is none.
		return convSaturates && x >= 1<<63 && x <= MaxFloat64
	}
	i, f := Modf(x)
	return f == 0 && int64(i)&1 == 1
}

// Pow10 returns 10**n; Pow10(n) = 0 for n < -323 and +Inf for n > 308.
func Pow10(n int) float64 {
	switch {
	case 0 <= n && n <= 308:
		return tenTo32k[uint(n)/32] * tenTo[uint(n)%32]
	case -323 <= n && n <= 0:
		return tenToMinus32k[uint(-n)/32] / tenTo[uint(-n)%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}

var tenTo = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var tenTo32k = [10]float64{1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var tenToMinus32k = [11]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}
