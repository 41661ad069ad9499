// This file implements expAsm, a black-box reconstruction of the method Go 1.19's
// amd64 assembly uses for Exp (Naoki Shibata, "Efficient evaluation
// methods of elementary functions suitable for SIMD computation", ISC
// 2010): x = k*ln2 + r with k rounded to nearest, e**(r/16) - 1 by its
// Taylor polynomial to the 8th power (Horner, fused steps), four
// doublings through e**2s - 1 = u*(u+2) with u = e**s - 1, the last one
// fused with the +1 that turns e**x - 1 into e**x, and a final scaling by
// 2**k. With FMA it is bit-exact with Go's amd64 results (700,000 probes,
// docs/numeric.md); without FMA nothing is fused.

package math

// cpuHasFMA reports whether Go's amd64 Exp would take its FMA path
// (runtime/math.cpp).
func cpuHasFMA() bool

var useFMA = cpuHasFMA()

// mulAdd is x*y + z, fused when Go's assembly fuses it.
func mulAdd(x, y, z float64) float64 {
	if useFMA {
		return archFMA(x, y, z)
	}
	return x*y + z
}

func expAsm(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2Upper = 0.69314718055966295651160180568695068359375
		ln2Lower = 0.28235290563031577122588448175013436025525412068e-12
		limit    = 7.09782712893384e+02
	)
	b := Float64bits(x)
	if b&^signBit >= 0x7ff0000000000000 {
		if b == 0xfff0000000000000 {
			return 0 // -Inf
		}
		return x // NaN, +Inf
	}
	if x > limit {
		return Inf(1)
	}
	kf := RoundToEven(x * log2e)
	var k int32
	if kf > -2147483649 && kf < 2147483648 {
		k = int32(kf)
	} else {
		k = -1 << 31 // the conversion instruction's "integer indefinite"
	}
	fk := float64(k)
	r := x - fk*ln2Upper
	r = r - fk*ln2Lower
	r *= 0.0625
	// Taylor polynomial of e**r - 1.
	u := 2.4801587301587301587e-5
	u = mulAdd(u, r, 1.9841269841269841270e-4)
	u = mulAdd(u, r, 1.3888888888888888889e-3)
	u = mulAdd(u, r, 8.3333333333333333333e-3)
	u = mulAdd(u, r, 4.1666666666666666667e-2)
	u = mulAdd(u, r, 1.6666666666666666667e-1)
	u = mulAdd(u, r, 0.5)
	u = mulAdd(u, r, 1.0)
	u *= r
	// Three doublings; the fourth is fused with the final +1, which is
	// what makes the FMA path round like Go's (docs/numeric.md).
	for n := 0; n < 3; n++ {
		u = (u + 2) * u
	}
	y := mulAdd(u+2, u, 1)
	// Scale by 2**k, in two steps when the result is denormal.
	e := int64(k) + expBias
	if e <= 0 {
		if e < -52 {
			return 0
		}
		y *= Float64frombits(uint64(e+expBias-1) << fracBits)
		e = 1
	} else if e >= 0x7ff {
		return Inf(1)
	}
	return y * Float64frombits(uint64(e)<<fracBits)
}
