// This file implements the error function family. Erf and Erfc are the
// FreeBSD msun algorithms (rational approximations on four intervals, and
// exp(-x*x) split into an exactly representable and a small part); Erfinv
// uses the rational approximations of Wichura's algorithm AS 241 rescaled
// to the error function.

package math

const (
	erfX1  = 8.45062911510467529297e-01 // erf(1) rounded to single precision
	erfEfx = 1.28379167095512586316e-01 // 2/sqrt(pi) - 1
	erfE8  = 1.02703333676410069053e+00 // 8 * erfEfx
)

// |x| < 0.84375: erf(x) = x + x*P(x*x)/Q(x*x).
var (
	erfP = [5]float64{1.28379167095512558561e-01, -3.25042107247001499370e-01,
		-2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfQ = [5]float64{3.97917223959155352819e-01, 6.50222499887672944485e-02,
		5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}
)

// 0.84375 <= |x| < 1.25: erf(x) = erfX1 + P(x-1)/Q(x-1).
var (
	erfPA = [7]float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01,
		-3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
		3.54783043256182359371e-02, -2.16637559486879084300e-03}
	erfQA = [6]float64{1.06420880400844228286e-01, 5.40397917702171048937e-01,
		7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
		1.19844998467991074170e-02}
)

// 1.25 <= |x| < 1/0.35: erfc(x) = exp(-x*x - 0.5625 + R(1/x²)/S(1/x²))/x.
var (
	erfRA = [8]float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01,
		-1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
		-1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfSA = [8]float64{1.96512716674392571292e+01, 1.37657754143519042600e+02,
		4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
		1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}
)

// |x| >= 1/0.35: the same form with other coefficients.
var (
	erfRB = [7]float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01,
		-1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
		-1.02509513161107724954e+03, -4.83519191608651397019e+02}
	erfSB = [7]float64{3.03380607434824582924e+01, 3.25792512996573918826e+02,
		1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
		4.74528541206955367215e+02, -2.24409524465858183362e+01}
)

// erfSmallRatio is P/Q of the |x| < 0.84375 interval at z = x*x.
func erfSmallRatio(z float64) float64 {
	r := erfP[0] + z*(erfP[1]+z*(erfP[2]+z*(erfP[3]+z*erfP[4])))
	s := 1 + z*(erfQ[0]+z*(erfQ[1]+z*(erfQ[2]+z*(erfQ[3]+z*erfQ[4]))))
	return r / s
}

// erfMidRatio is P/Q of the interval around 1 at s = |x|-1.
func erfMidRatio(s float64) float64 {
	p := erfPA[0] + s*(erfPA[1]+s*(erfPA[2]+s*(erfPA[3]+s*(erfPA[4]+s*(erfPA[5]+s*erfPA[6])))))
	q := 1 + s*(erfQA[0]+s*(erfQA[1]+s*(erfQA[2]+s*(erfQA[3]+s*(erfQA[4]+s*erfQA[5])))))
	return p / q
}

// erfTail returns erfc(x)*x for x >= 1.25 (x below the caller's cut-off).
func erfTail(x float64) float64 {
	s := 1 / (x * x)
	var r, q float64
	if x < 1/0.35 {
		a, b := &erfRA, &erfSA
		r = a[0] + s*(a[1]+s*(a[2]+s*(a[3]+s*(a[4]+s*(a[5]+s*(a[6]+s*a[7]))))))
		q = 1 + s*(b[0]+s*(b[1]+s*(b[2]+s*(b[3]+s*(b[4]+s*(b[5]+s*(b[6]+s*b[7])))))))
	} else {
		a, b := &erfRB, &erfSB
		r = a[0] + s*(a[1]+s*(a[2]+s*(a[3]+s*(a[4]+s*(a[5]+s*a[6])))))
		q = 1 + s*(b[0]+s*(b[1]+s*(b[2]+s*(b[3]+s*(b[4]+s*(b[5]+s*b[6]))))))
	}
	// z has only 20 fraction bits, so z*z is exact.
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r/q)
}

// Erf returns the error function of x. Erf(±Inf) = ±1, Erf(NaN) = NaN.
func Erf(x float64) float64 {
	const (
		veryTiny = 0x1p-1015
		small    = 0x1p-28
	)
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < 0.84375:
		if x < small {
			if x < veryTiny {
				r = 0.125 * (8.0*x + erfE8*x) // avoid underflow
			} else {
				r = x + erfEfx*x
			}
		} else {
			r = x + x*erfSmallRatio(x*x)
		}
	case x < 1.25:
		if neg {
			return -erfX1 - erfMidRatio(x-1)
		}
		return erfX1 + erfMidRatio(x-1)
	case x >= 6:
		r = 1
	default:
		t := erfTail(x)
		if neg {
			return t/x - 1
		}
		return 1 - t/x
	}
	if neg {
		r = -r
	}
	return r
}

// Erfc returns the complementary error function of x. Erfc(+Inf) = 0,
// Erfc(-Inf) = 2, Erfc(NaN) = NaN.
func Erfc(x float64) float64 {
	const tiny = 0x1p-56
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	switch {
	case x < 0.84375:
		var t float64
		if x < tiny {
			t = x
		} else {
			y := erfSmallRatio(x * x)
			if x < 0.25 {
				t = x + x*y
			} else {
				t = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + t
		}
		return 1 - t
	case x < 1.25:
		if neg {
			return 1 + erfX1 + erfMidRatio(x-1)
		}
		return 1 - erfX1 - erfMidRatio(x-1)
	case x < 28:
		if neg && x > 6 && x >= 1/0.35 {
			return 2
		}
		t := erfTail(x)
		if neg {
			return 2 - t/x
		}
		return t / x
	}
	if neg {
		return 2
	}
	return 0
}

// Coefficients of Erfinv's rational approximations (AS 241, rescaled).
var (
	einvA = [8]float64{1.1975323115670912564578e0, 4.7072688112383978012285e1,
		6.9706266534389598238465e2, 4.8548868893843886794648e3, 1.6235862515167575384252e4,
		2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.8709406962545514830200e2}
	einvB = [8]float64{1.0000000000000000000e0, 4.2313330701600911252e1,
		6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4,
		3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3}
	einvC = [8]float64{1.42343711074968357734e0, 4.63033784615654529590e0,
		5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0,
		2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4}
	einvD = [8]float64{1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
		2.3707661626024532365971225e0, 9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1,
		2.1494160384252876777097297e-2, 7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9}
	einvE = [8]float64{6.65790464350110377720e0, 5.46378491116411436990e0,
		1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2,
		1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7}
	einvF = [8]float64{1.414213562373095048801689e0, 8.482908416595164588112026e-1,
		1.936480946950659106176712e-1, 2.103693768272068968719679e-2, 1.112800997078859844711555e-3,
		2.611088405080593625138020e-5, 2.010321207683943062279931e-7, 2.891024605872965461538222e-15}
)

// horner7 evaluates c[7]*r^7 + ... + c[0], highest power first.
func horner7(c *[8]float64, r float64) float64 {
	return (((((((c[7]*r+c[6])*r+c[5])*r+c[4])*r+c[3])*r+c[2])*r+c[1])*r + c[0])
}

// Erfinv returns the inverse error function of x. Erfinv(1) = +Inf,
// Erfinv(-1) = -Inf, Erfinv(x) = NaN for |x| > 1 and for NaN.
func Erfinv(x float64) float64 {
	if x != x || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var v float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		v = (x * horner7(&einvA, r)) / horner7(&einvB, r)
	} else {
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			v = horner7(&einvC, r) / horner7(&einvD, r)
		} else {
			r -= 5.0
			v = horner7(&einvE, r) / horner7(&einvF, r)
		}
	}
	if neg {
		v = -v
	}
	return v
}

// Erfcinv returns the inverse of Erfc: Erfcinv(0) = +Inf, Erfcinv(2) =
// -Inf, NaN outside [0, 2].
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }
