// This file implements the Gamma function with Cephes' algorithm (Stephen
// L. Moshier): Stirling's formula above 33, the reflection formula for
// large negative arguments, and otherwise reduction into [2, 3) and a
// rational approximation there.

package math

var (
	gammaP = [7]float64{
		1.60119522476751861407e-04, 1.19135147006586384913e-03,
		1.04213797561761569935e-02, 4.76367800457137231464e-02,
		2.07448227648435975150e-01, 4.94214826801497100753e-01,
		9.99999999999999996796e-01,
	}
	gammaQ = [8]float64{
		-2.31581873324120129819e-05, 5.39605580493303397842e-04,
		-4.45641913851797240494e-03, 1.18139785222060435552e-02,
		3.58236398605498653373e-02, -2.34591795718243348568e-01,
		7.14304917030273074085e-02, 1.00000000000000000320e+00,
	}
	gammaStirlingPoly = [5]float64{
		7.87311395793093628397e-04, -2.29549961613378126380e-04,
		-2.68132617805781232825e-03, 3.47222221605458667310e-03,
		8.33333333333482257126e-02,
	}
)

// stirling returns Gamma(x) for x > 33 as a product of two factors, so
// that callers can avoid an intermediate overflow.
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	const (
		sqrt2Pi  = 2.506628274631000502417
		powLimit = 143.01608 // above, x**(x-0.5) overflows: split it
	)
	c := &gammaStirlingPoly
	inv := 1 / x
	series := 1 + inv*((((c[0]*inv+c[1])*inv+c[2])*inv+c[3])*inv+c[4])
	ex := Exp(x)
	if x > powLimit {
		half := Pow(x, 0.5*x-0.25)
		return half, sqrt2Pi * series * (half / ex)
	}
	return Pow(x, x-0.5) / ex, sqrt2Pi * series * 1.0
}

// Gamma returns the Gamma function of x; see Go's documentation for the
// special cases.
func Gamma(x float64) float64 {
	switch {
	case isNegInt(x) || IsInf(x, -1) || x != x:
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		return Copysign(Inf(1), x)
	}
	ax := Abs(x)
	if ax > 33 {
		if x >= 0 {
			a, b := stirling(x)
			return a * b
		}
		return gammaReflect(ax)
	}

	// Move x into [2, 3), collecting the factors in acc.
	acc := 1.0
	for ; x >= 3; acc *= x {
		x--
	}
	for ; x < 0; x++ {
		if x > -1e-09 {
			return gammaNearZero(x, acc)
		}
		acc /= x
	}
	for ; x < 2; x++ {
		if x < 1e-09 {
			return gammaNearZero(x, acc)
		}
		acc /= x
	}
	if x == 2 {
		return acc
	}
	t := x - 2
	a, b := &gammaP, &gammaQ
	num := (((((t*a[0]+a[1])*t+a[2])*t+a[3])*t+a[4])*t+a[5])*t + a[6]
	den := ((((((t*b[0]+b[1])*t+b[2])*t+b[3])*t+b[4])*t+b[5])*t+b[6])*t + b[7]
	return acc * num / den
}

// gammaReflect is Gamma(-ax) for ax > 33 by the reflection formula
// Gamma(-a) = -pi / (a sin(pi a) Gamma(a)).
func gammaReflect(ax float64) float64 {
	whole := Floor(ax)
	sgn := -1
	if int64(whole)&1 != 0 {
		sgn = 1
	}
	frac := ax - whole
	if frac > 0.5 {
		whole++
		frac = ax - whole
	}
	prod := ax * Sin(Pi*frac)
	if prod == 0 {
		return Inf(sgn)
	}
	a, b := stirling(ax)
	mag := Abs(prod)
	var r float64
	if d := mag * a * b; IsInf(d, 0) {
		r = Pi / mag / a / b
	} else {
		r = Pi / d
	}
	return float64(sgn) * r
}

// gammaNearZero is Gamma(x)*z for tiny x, from Gamma(x) ~ 1/(x + euler*x²).
func gammaNearZero(x, acc float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992 // https://oeis.org/A001620
	if x == 0 {
		return Inf(1)
	}
	return acc / ((1 + euler*x) * x)
}

// isNegInt reports whether x is a negative integer.
func isNegInt(x float64) bool {
	if x < 0 {
		_, f := Modf(x)
		return f == 0
	}
	return false
}
