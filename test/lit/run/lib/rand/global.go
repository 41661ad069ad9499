// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The top-level math/rand functions start as if seeded with 1 and can be
// reseeded; a Source that is not a Source64 makes Uint64 draw twice; the
// panics for invalid arguments.

package main

import (
	"math"
	"math/rand"
)

// countSource wraps a Source and counts Int63 calls; it has no Uint64.
type countSource struct {
	s     rand.Source
	calls int
}

func (c *countSource) Int63() int64    { c.calls++; return c.s.Int63() }
func (c *countSource) Seed(seed int64) { c.s.Seed(seed) }

func try(name string, f func()) {
	defer func() { println(name, "panics:", recover().(string)) }()
	f()
}

func main() {
	println("global", rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int(),
		rand.Int63n(99), rand.Int31n(99), rand.Intn(99))
	println("global f", math.Float64bits(rand.Float64()), math.Float32bits(rand.Float32()),
		math.Float64bits(rand.NormFloat64()), math.Float64bits(rand.ExpFloat64()))
	p := rand.Perm(5)
	println("global perm", p[0], p[1], p[2], p[3], p[4])
	s := []byte("abcdef")
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	println("global shuffle", string(s))
	b := make([]byte, 4)
	rand.Read(b)
	println("global read", b[0], b[1], b[2], b[3])
	rand.Seed(1)
	println("reseeded 1", rand.Int63())
	rand.Seed(99)
	println("reseeded 99", rand.Int63(), rand.Intn(1000))

	cs := &countSource{s: rand.NewSource(7)}
	r := rand.New(cs)
	println("u64 via Int63", r.Uint64(), cs.calls)
	_, is64 := rand.NewSource(7).(rand.Source64)
	println("source64", is64, rand.New(rand.NewSource(7)).Uint64())
	r.Read(b)
	println("read custom", b[0], b[1], b[2], b[3], cs.calls)
	r.Seed(7)
	println("seed custom", r.Int63() == rand.New(rand.NewSource(7)).Int63())

	try("Intn", func() { rand.Intn(0) })
	try("Int63n", func() { rand.Int63n(-1) })
	try("Int31n", func() { r.Int31n(0) })
	try("Shuffle", func() { rand.Shuffle(-1, func(i, j int) {}) })
	println("perm0", len(rand.Perm(0)))
}

// CHECK: global 5577006791947779410 4039455774 15352856648520921629 939984059 3916589616287113937 89 7 17
// CHECK-NEXT: global f 4591651810891158031 1050284319 13828134068238370758 4596913362251179549
// CHECK-NEXT: global perm 4 0 2 3 1
// CHECK-NEXT: global shuffle dcfabe
// CHECK-NEXT: global read 245 5 152 117
// CHECK-NEXT: reseeded 1 5577006791947779410
// CHECK-NEXT: reseeded 99 2431074399724039541 263
// CHECK-NEXT: u64 via Int63 12255739451379844156 2
// CHECK-NEXT: source64 true 8475284246537043955
// CHECK-NEXT: read custom 214 75 109 26 3
// CHECK-NEXT: seed custom true
// CHECK-NEXT: Intn panics: invalid argument to Intn
// CHECK-NEXT: Int63n panics: invalid argument to Int63n
// CHECK-NEXT: Int31n panics: invalid argument to Int31n
// CHECK-NEXT: Shuffle panics: invalid argument to Shuffle
// CHECK-NEXT: perm0 0
