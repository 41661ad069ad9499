// Package rand implements pseudo-random number generators unsuitable for
// security-sensitive work.
//
// The top-level functions share a default Source that is safe for
// concurrent use and, as in Go 1.19, seeded with 1 unless Seed is called.
// golite's generator, its seeding and every derived distribution consume
// the underlying stream exactly as Go's do, so a given seed yields Go's
// sequences.
package rand

import "sync"

// A Source is a uniform stream of non-negative int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 also produces 64-bit values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a Source seeded with seed. It is not safe for
// concurrent use.
func NewSource(seed int64) Source {
	g := new(alfg)
	g.Seed(seed)
	return g
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src when it is a Source64, else nil

	// Read hands out the 7 low bytes of each Int63, least significant
	// first; these keep the unread rest between calls.
	spare    int64
	spareLen int8
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the source with seed. Seed, unlike the other methods, must
// not be called concurrently with other methods of the same Rand.
func (r *Rand) Seed(seed int64) {
	if ls, ok := r.src.(*guardedSource); ok {
		ls.reseed(seed, &r.spareLen)
		return
	}
	r.src.Seed(seed)
	r.spareLen = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int {
	v := uint(r.Int63())
	return int(v << 1 >> 1) // drop bit 31 on 32-bit systems
}

// Int63n returns a non-negative pseudo-random number in [0,n). It panics
// if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject the top partial copy of [0,n) for uniformity.
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a non-negative pseudo-random number in [0,n). It panics
// if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// boundedUint32 returns a value in [0,n) by Lemire's multiply-and-shift
// method ("Fast Random Integer Generation in an Interval", 2019); Shuffle
// uses it.
func (r *Rand) boundedUint32(n int32) int32 {
	bound := uint32(n)
	prod := uint64(r.Uint32()) * uint64(bound)
	if uint32(prod) < bound {
		floor := -bound % bound
		for uint32(prod) < floor {
			prod = uint64(r.Uint32()) * uint64(bound)
		}
	}
	return int32(prod >> 32)
}

// Intn returns a non-negative pseudo-random number in [0,n). It panics if
// n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		// Rounding can give exactly 1; draw again then.
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

// Float32 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm returns a pseudo-random permutation of the integers [0,n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	// Inside-out Fisher-Yates: element k goes to a random slot j <= k and
	// the previous occupant of j moves to k.
	for k := 0; k < n; k++ {
		j := r.Intn(k + 1)
		p[k] = p[j]
		p[j] = k
	}
	return p
}

// Shuffle pseudo-randomizes the order of n elements through swap. It
// panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	k := n - 1
	for ; k > 1<<31-2; k-- {
		swap(k, int(r.Int63n(int64(k+1))))
	}
	for ; k > 0; k-- {
		swap(k, int(r.boundedUint32(int32(k+1))))
	}
}

// Read fills p with pseudo-random bytes. It always returns len(p) and a
// nil error. Read must not be called concurrently with other methods of
// the same Rand.
func (r *Rand) Read(p []byte) (n int, err error) {
	if ls, ok := r.src.(*guardedSource); ok {
		return ls.fill(p, &r.spare, &r.spareLen)
	}
	return fillBytes(p, r.src, &r.spare, &r.spareLen)
}

// fillBytes is Read over src with the spare bytes kept in *spare.
func fillBytes(p []byte, src Source, spare *int64, spareLen *int8) (int, error) {
	v, left := *spare, *spareLen
	for k := range p {
		if left == 0 {
			v = src.Int63()
			left = 7
		}
		p[k] = byte(v)
		v >>= 8
		left--
	}
	*spare, *spareLen = v, left
	return len(p), nil
}

// --- the shared, locked default source ---

// guardedSource serialises access to a generator for the top-level
// functions.
type guardedSource struct {
	mu  sync.Mutex
	gen *alfg
}

func (s *guardedSource) Int63() int64 {
	s.mu.Lock()
	v := s.gen.Int63()
	s.mu.Unlock()
	return v
}

func (s *guardedSource) Uint64() uint64 {
	s.mu.Lock()
	v := s.gen.Uint64()
	s.mu.Unlock()
	return v
}

func (s *guardedSource) Seed(seed int64) {
	s.mu.Lock()
	s.gen.Seed(seed)
	s.mu.Unlock()
}

// reseed seeds the generator and forgets the spare Read bytes together.
func (s *guardedSource) reseed(seed int64, spareLen *int8) {
	s.mu.Lock()
	s.gen.Seed(seed)
	*spareLen = 0
	s.mu.Unlock()
}

// fill is Read under the lock.
func (s *guardedSource) fill(p []byte, spare *int64, spareLen *int8) (int, error) {
	s.mu.Lock()
	n, err := fillBytes(p, s.gen, spare, spareLen)
	s.mu.Unlock()
	return n, err
}

var global = New(&guardedSource{gen: NewSource(1).(*alfg)})

// Seed seeds the default Source (which starts as if seeded with 1).
func Seed(seed int64) { global.Seed(seed) }

// Int63 returns a non-negative pseudo-random 63-bit integer from the
// default Source.
func Int63() int64 { return global.Int63() }

// Uint32 returns a pseudo-random 32-bit value from the default Source.
func Uint32() uint32 { return global.Uint32() }

// Uint64 returns a pseudo-random 64-bit value from the default Source.
func Uint64() uint64 { return global.Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer from the
// default Source.
func Int31() int32 { return global.Int31() }

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int { return global.Int() }

// Int63n returns a number in [0,n) from the default Source; it panics if
// n <= 0.
func Int63n(n int64) int64 { return global.Int63n(n) }

// Int31n returns a number in [0,n) from the default Source; it panics if
// n <= 0.
func Int31n(n int32) int32 { return global.Int31n(n) }

// Intn returns a number in [0,n) from the default Source; it panics if
// n <= 0.
func Intn(n int) int { return global.Intn(n) }

// Float64 returns a number in [0.0,1.0) from the default Source.
func Float64() float64 { return global.Float64() }

// Float32 returns a number in [0.0,1.0) from the default Source.
func Float32() float32 { return global.Float32() }

// Perm returns a pseudo-random permutation of [0,n) from the default
// Source.
func Perm(n int) []int { return global.Perm(n) }

// Shuffle shuffles n elements through swap using the default Source.
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }

// Read fills p from the default Source; it always returns len(p), nil.
func Read(p []byte) (n int, err error) { return global.Read(p) }

// NormFloat64 returns a standard normal number from the default Source.
func NormFloat64() float64 { return global.NormFloat64() }

// ExpFloat64 returns an exponentially distributed number (rate 1) from
// the default Source.
func ExpFloat64() float64 { return global.ExpFloat64() }
