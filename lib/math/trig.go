// This file implements the circular functions. Sin, Cos, Tan and Sincos
// are the Cephes algorithms (Stephen L. Moshier): reduction to an octant
// by Cody-Waite subtraction of a three-part pi/4, or for huge arguments by
// Payne-Hanek reduction with the bits of 4/pi, then polynomials on
// [-pi/4, pi/4]. The inverse functions use Cephes' atan rational
// approximation.

package math

import "math/bits"

// Cephes polynomial coefficients.
var (
	sinPoly = [6]float64{
		1.58962301576546568060e-10,
		-2.50507477628578072866e-8,
		2.75573136213857245213e-6,
		-1.98412698295895385996e-4,
		8.33333333332211858878e-3,
		-1.66666666666666307295e-1,
	}
	cosPoly = [6]float64{
		-1.13585365213876817300e-11,
		2.08757008419747316778e-9,
		-2.75573141792967388112e-7,
		2.48015872888517045348e-5,
		-1.38888888888730564116e-3,
		4.16666666666665929218e-2,
	}
)

const (
	// pi/4 in three parts whose products with small integers are exact.
	quarterPiA = 7.85398125648498535156e-1
	quarterPiB = 3.77489470793079817668e-8
	quarterPiC = 2.69515142907905952645e-15

	// Above this the three-part reduction loses accuracy.
	hugeAngle = 1 << 29
)

// fourOverPi holds the binary expansion of 4/pi: the integer part, then
// 64 fraction bits per word (computed with exact integer arithmetic from
// Machin's formula).
var fourOverPi = [20]uint64{
	0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
	0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
	0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
	0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
}

// octant reduces x >= 0 to an even octant number j (mod 8) and the offset
// z = x - j*pi/4 in [-pi/4, pi/4].
func octant(x float64) (j uint64, z float64) {
	if x >= hugeAngle {
		return payneHanek(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = ((x - y*quarterPiA) - y*quarterPiB) - y*quarterPiC
	return
}

// payneHanek is octant for huge x: the product of x's 53-bit integer
// mantissa with the right 192-bit window of 4/pi gives the octant in its
// top three bits and the fraction below.
func payneHanek(x float64) (j uint64, z float64) {
	const quarterPi = Pi / 4
	if x < quarterPi {
		return 0, x
	}
	b := Float64bits(x)
	e := int(b>>fracBits&expMask) - expBias - fracBits // x = mant * 2**e
	mant := b&fracMask | 1<<fracBits
	// Choose the window so that the product's leading word has weight
	// 2**-61... i.e. its top 3 bits are integer bits of x*4/pi.
	word, shift := uint(e+61)/64, uint(e+61)%64
	w0 := fourOverPi[word]<<shift | fourOverPi[word+1]>>(64-shift)
	w1 := fourOverPi[word+1]<<shift | fourOverPi[word+2]>>(64-shift)
	w2 := fourOverPi[word+2]<<shift | fourOverPi[word+3]>>(64-shift)
	p2, _ := bits.Mul64(w2, mant)
	p1hi, p1lo := bits.Mul64(w1, mant)
	p0 := w0 * mant
	lo, carry := bits.Add64(p1lo, p2, 0)
	hi, _ := bits.Add64(p0, p1hi, carry)
	j = hi >> 61
	// The remaining 125 bits are the fraction; make a float of its top.
	hi = hi<<3 | lo>>61
	lz := uint(bits.LeadingZeros64(hi))
	fe := uint64(expBias - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - fracBits
	z = Float64frombits(hi | fe<<fracBits)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * quarterPi
}

func sinSeries(z, zz float64) float64 {
	return z + z*zz*((((((sinPoly[0]*zz)+sinPoly[1])*zz+sinPoly[2])*zz+sinPoly[3])*zz+sinPoly[4])*zz+sinPoly[5])
}

func cosSeries(zz float64) float64 {
	return 1.0 - 0.5*zz + zz*zz*((((((cosPoly[0]*zz)+cosPoly[1])*zz+cosPoly[2])*zz+cosPoly[3])*zz+cosPoly[4])*zz+cosPoly[5])
}

// Sin returns the sine of the radian argument x. Sin(±0) = ±0, Sin(±Inf)
// = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	x = Abs(x)
	j, z := octant(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosSeries(zz)
	} else {
		y = sinSeries(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of the radian argument x. Cos(±Inf) = NaN,
// Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	x = Abs(x)
	j, z := octant(x)
	neg := false
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinSeries(z, zz)
	} else {
		y = cosSeries(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case x != x || IsInf(x, 0):
		return NaN(), NaN()
	}
	sinNeg, cosNeg := x < 0, false
	x = Abs(x)
	j, z := octant(x)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosSeries(zz)
	sin = sinSeries(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Cephes tan rational approximation.
var (
	tanNum = [3]float64{
		-1.30936939181383777646e4,
		1.15351664838587416140e6,
		-1.79565251976484877988e7,
	}
	tanDen = [5]float64{
		1.0,
		1.36812963470692954678e4,
		-1.32089234440210967447e6,
		2.50083801823357915839e7,
		-5.38695755929454629881e7,
	}
)

// Tan returns the tangent of the radian argument x. Tan(±0) = ±0,
// Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	x = Abs(x)
	j, z := octant(x)
	zz := z * z
	y := z
	if zz > 1e-14 {
		y = z + z*(zz*(((tanNum[0]*zz)+tanNum[1])*zz+tanNum[2])/((((zz+tanDen[1])*zz+tanDen[2])*zz+tanDen[3])*zz+tanDen[4]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// atanKernel is Cephes' rational approximation of atan on [0, 0.66].
func atanKernel(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	return x*z + x
}

// atanPositive is atan for x >= 0, reducing to [0, 0.66].
func atanPositive(x float64) float64 {
	const (
		piOver2Lo = 6.123233995736765886130e-17 // pi/2 - float64(Pi/2)
		tan3Pi8   = 2.41421356237309504880
	)
	switch {
	case x <= 0.66:
		return atanKernel(x)
	case x > tan3Pi8:
		return Pi/2 - atanKernel(1/x) + piOver2Lo
	}
	return Pi/4 + atanKernel((x-1)/(x+1)) + 0.5*piOver2Lo
}

// Atan returns the arctangent, in radians, of x. Atan(±0) = ±0,
// Atan(±Inf) = ±Pi/2.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanPositive(x)
	}
	return -atanPositive(-x)
}

// Asin returns the arcsine, in radians, of x. Asin(±0) = ±0, Asin(x) =
// NaN for |x| > 1.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	x = Abs(x)
	if x > 1 {
		return NaN()
	}
	c := Sqrt(1 - x*x)
	var a float64
	if x > 0.7 {
		a = Pi/2 - atanPositive(c/x)
	} else {
		a = atanPositive(x / c)
	}
	if neg {
		a = -a
	}
	return a
}

// Acos returns the arccosine, in radians, of x. Acos(x) = NaN for |x| > 1.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant; special cases as in Go's documentation.
func Atan2(y, x float64) float64 {
	switch {
	case y != y || x != x:
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			if IsInf(y, 0) {
				return Copysign(Pi/4, y)
			}
			return Copysign(0, y)
		}
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}
