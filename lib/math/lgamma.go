// This file implements Lgamma with the FreeBSD msun algorithm: rational
// and polynomial approximations on [0, 2) around the minimum of Gamma,
// a rational approximation on [2, 8) with the recurrence, Stirling's
// series beyond, and the reflection formula for negative arguments.

package math

var (
	lgA = [12]float64{
		7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
		2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
		1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
		1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05,
	}
	lgT = [15]float64{
		4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
		-3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02,
		6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03,
		-1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04,
		3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04,
	}
	lgU = [6]float64{
		-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
		9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02,
	}
	lgV = [6]float64{
		1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00,
		7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03,
	}
	lgS = [7]float64{
		-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
		1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
		3.19475326584100867617e-05,
	}
	lgR = [7]float64{
		1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
		1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06,
	}
	lgW = [7]float64{
		4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
		7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
		-1.63092934096575273989e-03,
	}
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
// Lgamma(+Inf) = +Inf, Lgamma(0) = +Inf, Lgamma(-integer) = +Inf,
// Lgamma(-Inf) = -Inf, Lgamma(NaN) = NaN.
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		ymin  = 1.461632144968362245 // where Gamma has its minimum
		two52 = 0x1p52
		two58 = 0x1p58
		tiny  = 0x1p-70
		tc    = 1.46163214496836224576e+00
		tf    = -1.21486290535849611461e-01
		tt    = -3.63867699703950536541e-18 // -(tail of tf)
	)
	sign = 1
	switch {
	case x != x, IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < tiny {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	var reflect float64
	if neg {
		if x >= two52 {
			return Inf(1), sign // an even integer
		}
		t := sinPiNeg(x)
		if t == 0 {
			return Inf(1), sign
		}
		reflect = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}

	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		// lgamma(x) = lgamma(x+1) - log(x), with three expansions.
		var y float64
		var kind int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= ymin-1+0.27:
				y, kind = 1-x, 0
			case x >= ymin-1-0.27:
				y, kind = x-(tc-1), 1
			default:
				y, kind = x, 2
			}
		} else {
			switch {
			case x >= ymin+0.27:
				y, kind = 2-x, 0
			case x >= ymin-0.27:
				y, kind = x-tc, 1
			default:
				y, kind = x-1, 2
			}
		}
		switch kind {
		case 0:
			z := y * y
			even := lgA[0] + z*(lgA[2]+z*(lgA[4]+z*(lgA[6]+z*(lgA[8]+z*lgA[10]))))
			odd := z * (lgA[1] + z*(+lgA[3]+z*(lgA[5]+z*(lgA[7]+z*(lgA[9]+z*lgA[11])))))
			lgamma += (y*even + odd) - 0.5*y
		case 1:
			z := y * y
			w := z * y
			q0 := lgT[0] + w*(lgT[3]+w*(lgT[6]+w*(lgT[9]+w*lgT[12])))
			q1 := lgT[1] + w*(lgT[4]+w*(lgT[7]+w*(lgT[10]+w*lgT[13])))
			q2 := lgT[2] + w*(lgT[5]+w*(lgT[8]+w*(lgT[11]+w*lgT[14])))
			lgamma += tf + (z*q0 - (tt - w*(q1+y*q2)))
		case 2:
			num := y * (lgU[0] + y*(lgU[1]+y*(lgU[2]+y*(lgU[3]+y*(lgU[4]+y*lgU[5])))))
			den := 1 + y*(lgV[1]+y*(lgV[2]+y*(lgV[3]+y*(lgV[4]+y*lgV[5]))))
			lgamma += -0.5*y + num/den
		}
	case x < 8:
		n := int(x)
		y := x - float64(n)
		num := y * (lgS[0] + y*(lgS[1]+y*(lgS[2]+y*(lgS[3]+y*(lgS[4]+y*(lgS[5]+y*lgS[6]))))))
		den := 1 + y*(lgR[1]+y*(lgR[2]+y*(lgR[3]+y*(lgR[4]+y*(lgR[5]+y*lgR[6])))))
		lgamma = 0.5*y + num/den
		// lgamma(y+n) = lgamma(y+2) + log((y+2)(y+3)...(y+n-1)).
		if n >= 3 {
			z := 1.0
			for k := n - 1; k >= 2; k-- {
				z *= y + float64(k)
			}
			lgamma += Log(z)
		}
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgW[0] + z*(lgW[1]+y*(lgW[2]+y*(lgW[3]+y*(lgW[4]+y*(lgW[5]+y*lgW[6])))))
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = reflect - lgamma
	}
	return
}

// sinPiNeg returns -sin(pi*x) for x > 0, reducing x exactly first; the
// reflection formula of Lgamma needs it.
func sinPiNeg(x float64) float64 {
	const (
		two52 = 0x1p52
		two53 = 0x1p53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		if x >= two53 {
			x, n = 0, 0
		} else {
			if x < two52 {
				z = x + two52 // exact; the low bit is x's parity
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
