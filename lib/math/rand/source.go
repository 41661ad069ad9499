// This file implements the default Source: an additive lagged Fibonacci
// generator x[n] = x[n-607] + x[n-273] (mod 2^64), the generator Go has
// used since its first release, seeded through the Park-Miller "minimal
// standard" generator and mixed with a fixed initial table
// (alfgInitial, tables.go) so that the sequences are Go's.

package rand

const (
	lagLong  = 607
	lagShort = 273
	mask63   = 1<<63 - 1
	mod31    = 1<<31 - 1 // the Park-Miller modulus
)

// alfg is the lagged Fibonacci state: a ring of lagLong words with two
// read positions lagShort apart.
type alfg struct {
	ring       [lagLong]int64
	long, shrt int // indices that step backwards through ring
}

// parkMiller advances the minimal-standard generator x -> 48271*x mod
// (2^31-1), by Schrage's method to stay within 32 bits.
func parkMiller(x int32) int32 {
	const (
		mul  = 48271
		quot = mod31 / mul // 44488
		rest = mod31 % mul // 3399
	)
	x = mul*(x%quot) - rest*(x/quot)
	if x < 0 {
		x += mod31
	}
	return x
}

// Seed resets the state from seed.
func (g *alfg) Seed(seed int64) {
	g.shrt = 0
	g.long = lagLong - lagShort
	seed %= mod31
	if seed < 0 {
		seed += mod31
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	// Discard 20 outputs, then build each word from three 31-bit draws.
	for k := 0; k < 20; k++ {
		x = parkMiller(x)
	}
	for k := range g.ring {
		x = parkMiller(x)
		w := int64(x) << 40
		x = parkMiller(x)
		w ^= int64(x) << 20
		x = parkMiller(x)
		w ^= int64(x)
		g.ring[k] = w ^ alfgInitial[k]
	}
}

// Uint64 returns the next 64-bit output.
func (g *alfg) Uint64() uint64 {
	if g.shrt--; g.shrt < 0 {
		g.shrt += lagLong
	}
	if g.long--; g.long < 0 {
		g.long += lagLong
	}
	v := g.ring[g.long] + g.ring[g.shrt]
	g.ring[g.long] = v
	return uint64(v)
}

// Int63 returns a non-negative 63-bit value.
func (g *alfg) Int63() int64 { return int64(g.Uint64() & mask63) }
