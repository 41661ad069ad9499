// This file implements the Bessel functions of integer order, Jn and Yn,
// with the FreeBSD msun method: forward recurrence from J0, J1 (Y0, Y1)
// where it is stable, the leading Taylor term for tiny x, the asymptotic
// form for huge x, and for Jn with n > x a backward recurrence normalised
// by J0, its starting ratio from a continued fraction.

package math

// besselHugePhase returns sqrt(2) times cos (wantSin false) or sin of
// x - (2n+1)pi/4, from the octant n mod 4.
func besselHugePhase(n int, x float64, wantSin bool) float64 {
	s, c := Sincos(x)
	if wantSin {
		return [4]float64{s - c, -s - c, -s + c, s + c}[n&3]
	}
	return [4]float64{c + s, -c + s, -c - s, c - s}[n&3]
}

// Jn returns the order-n Bessel function of the first kind. Jn(n, ±Inf)
// = 0, Jn(n, NaN) = NaN.
func Jn(n int, x float64) float64 {
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	case n == 0:
		return J0(x)
	case x == 0:
		return 0
	}
	if n < 0 {
		// J(-n, x) = J(n, -x)
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := x < 0 && n&1 == 1
	x = Abs(x)
	var b float64
	switch {
	case float64(n) <= x && x >= 0x1p302:
		b = (1 / SqrtPi) * besselHugePhase(n, x, false) / Sqrt(x)
	case float64(n) <= x:
		// Forward recurrence J(k+1) = 2k/x J(k) - J(k-1) is stable here.
		a := J0(x)
		b = J1(x)
		for k := 1; k < n; k++ {
			a, b = b, b*(float64(k+k)/x)-a
		}
	case x < 0x1p-29:
		// J(n, x) ~ (x/2)**n / n!
		if n > 33 {
			b = 0
			break
		}
		half := x * 0.5
		b = half
		fact := 1.0
		for k := 2; k <= n; k++ {
			fact *= float64(k)
			b *= half
		}
		b /= fact
	default:
		b = jnBackward(n, x)
	}
	if neg {
		b = -b
	}
	return b
}

// jnBackward computes Jn(n, x) for 0 < x < n by backward recurrence.
func jnBackward(n int, x float64) float64 {
	// Find how many continued-fraction terms make the ratio J(n)/J(n-1)
	// accurate: iterate Q(k) = (w + k h) Q(k-1) - Q(k-2) until it passes
	// 1e9, with w = 2n/x, h = 2/x.
	w := float64(n+n) / x
	h := 2 / x
	qPrev, z := w, w+h
	q := w*z - 1
	terms := 1
	for q < 1e9 {
		terms++
		z += h
		qPrev, q = q, z*q-qPrev
	}
	ratio := 0.0
	for k := 2 * (n + terms); k >= n+n; k -= 2 {
		ratio = 1 / (float64(k)/x - ratio)
	}
	a, b := ratio, 1.0
	// If (2/x)**n * n! may overflow, rescale during the recurrence.
	nf := float64(n)
	logSize := nf * Log(Abs(2/x*nf))
	for k := n - 1; k > 0; k-- {
		a, b = b, b*float64(k+k)/x-a
		if logSize >= 7.09782712893383973096e+02 && b > 1e100 {
			a /= b
			ratio /= b
			b = 1
		}
	}
	return ratio * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind. Yn(n, +Inf)
// = 0, Yn(n ≥ 0, 0) = -Inf, Yn(n < 0, 0) = +Inf for odd n, else -Inf,
// Yn(n, x < 0) = NaN, Yn(n, NaN) = NaN.
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case n == 0:
		return Y0(x)
	case x == 0:
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	var b float64
	switch {
	case n == 1:
		b = Y1(x)
	case x >= 0x1p302:
		b = (1 / SqrtPi) * besselHugePhase(n, x, true) / Sqrt(x)
	default:
		a := Y0(x)
		b = Y1(x)
		for k := 1; k < n && !IsInf(b, -1); k++ {
			a, b = b, (float64(k+k)/x)*b-a
		}
	}
	if neg {
		b = -b
	}
	return b
}
