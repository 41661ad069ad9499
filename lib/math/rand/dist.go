// This file implements the non-uniform distributions: normal and
// exponential variates by the ziggurat method (Marsaglia and Tsang, "The
// Ziggurat Method for Generating Random Variables", 2000; tables in
// tables.go) and Zipf variates by rejection-inversion (Hörmann and
// Derflinger, "Rejection-inversion to generate variates from monotone
// discrete distributions", 1996).

package rand

import "math"

const (
	normTail = 3.442619855899     // right end of the normal ziggurat's base
	expTail  = 7.69711747013104972 // right end of the exponential ziggurat's base
)

// NormFloat64 returns a normally distributed float64 with mean 0 and
// standard deviation 1: sample = NormFloat64()*stddev + mean.
func (r *Rand) NormFloat64() float64 {
	for {
		u := int32(r.Uint32()) // the sign is the sample's sign
		box := u & 0x7f
		x := float64(u) * float64(normW[box])
		mag := uint32(u)
		if u < 0 {
			mag = uint32(-u)
		}
		if mag < normK[box] {
			return x // inside the box's rectangle
		}
		if box == 0 {
			// The base strip: sample the tail beyond normTail.
			for {
				x = -math.Log(r.Float64()) * (1.0 / normTail)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if u > 0 {
				return normTail + x
			}
			return -normTail - x
		}
		// The wedge: accept under the density curve.
		if normF[box]+float32(r.Float64())*(normF[box-1]-normF[box]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 with rate 1
// (mean 1): sample = ExpFloat64() / rate.
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint32()
		box := u & 0xff
		x := float64(u) * float64(expW[box])
		if u < expK[box] {
			return x
		}
		if box == 0 {
			return expTail - math.Log(r.Float64())
		}
		if expF[box]+float32(r.Float64())*(expF[box-1]-expF[box]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// A Zipf generates Zipf distributed variates: P(k) is proportional to
// (v + k) ** (-s) for k in [0, imax].
type Zipf struct {
	r      *Rand
	kmax   float64
	v, s   float64
	oneMs  float64 // 1 - s
	inv    float64 // 1 / (1 - s)
	hTop   float64 // H(kmax + 1/2)
	hSpan  float64 // H(1/2) - v**-s - H(kmax + 1/2)
	square float64 // the width of the region accepted without the test
}

// bigH is the integral of the hat function (up to a constant).
func (z *Zipf) bigH(x float64) float64 {
	return math.Exp(z.oneMs*math.Log(z.v+x)) * z.inv
}

// bigHInv inverts bigH.
func (z *Zipf) bigHInv(y float64) float64 {
	return math.Exp(z.inv*math.Log(z.oneMs*y)) - z.v
}

// NewZipf returns a Zipf generator over [0, imax] with parameters s > 1
// and v >= 1 drawing from r; it returns nil for other parameters.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, kmax: float64(imax), v: v, s: s}
	z.oneMs = 1.0 - s
	z.inv = 1.0 / z.oneMs
	z.hTop = z.bigH(z.kmax + 0.5)
	z.hSpan = z.bigH(0.5) - math.Exp(math.Log(v)*(-s)) - z.hTop
	z.square = 1 - z.bigHInv(z.bigH(1.5)-math.Exp(-s*math.Log(v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	var k float64
	for {
		y := z.hTop + z.r.Float64()*z.hSpan
		x := z.bigHInv(y)
		k = math.Floor(x + 0.5)
		if k-x <= z.square {
			break
		}
		if y >= z.bigH(k+0.5)-math.Exp(-math.Log(k+z.v)*z.s) {
			break
		}
	}
	return uint64(k)
}
