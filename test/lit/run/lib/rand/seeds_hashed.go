// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// math/rand: for many seeds (negative, zero, beyond 2**31), 500 draws of
// every method hash to Go 1.19's values: the generator, its seeding and
// the consumption pattern of each distribution are Go's.

package main

import (
	"math"
	"math/rand"
)

func mix(h, v uint64) uint64 { return (h ^ v) * 1099511628211 }

func main() {
	seeds := []int64{0, 1, -1, 2, 42, 1 << 31, 1<<31 - 1, -(1 << 40), 89482311, math.MaxInt64, math.MinInt64, 20221129}
	for _, s := range seeds {
		r := rand.New(rand.NewSource(s))
		h := uint64(14695981039346656037)
		for i := 0; i < 500; i++ {
			h = mix(h, uint64(r.Int63()))
			h = mix(h, uint64(r.Uint32()))
			h = mix(h, r.Uint64())
			h = mix(h, uint64(r.Int31()))
			h = mix(h, uint64(r.Int()))
			h = mix(h, uint64(r.Intn(i+1)))
			h = mix(h, uint64(r.Intn(1<<40+i)))
			h = mix(h, uint64(r.Int63n(int64(i)*1000003+7)))
			h = mix(h, uint64(r.Int31n(int32(i)+3)))
			h = mix(h, math.Float64bits(r.Float64()))
			h = mix(h, uint64(math.Float32bits(r.Float32())))
			h = mix(h, math.Float64bits(r.NormFloat64()))
			h = mix(h, math.Float64bits(r.ExpFloat64()))
		}
		p := r.Perm(50)
		for _, v := range p {
			h = mix(h, uint64(v))
		}
		a := make([]int, 40)
		for i := range a {
			a[i] = i
		}
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		for _, v := range a {
			h = mix(h, uint64(v))
		}
		buf := make([]byte, 13)
		for k := 0; k < 5; k++ {
			r.Read(buf[:k*3])
			for _, b := range buf[:k*3] {
				h = mix(h, uint64(b))
			}
			h = mix(h, uint64(r.Int31()))
		}
		r.Seed(s + 1)
		h = mix(h, uint64(r.Int63()))
		println(s, h)
	}
	// The top-level functions start as if seeded with 1.
	println(rand.Int63(), rand.Intn(1000), rand.Float64())
	rand.Seed(7)
	b := make([]byte, 5)
	rand.Read(b)
	println(rand.Int(), b[0], b[4])
}

// CHECK: 0 7325900163918728714
// CHECK-NEXT: 1 16147935950047878974
// CHECK-NEXT: -1 4924735982041375002
// CHECK-NEXT: 2 4654252106569487915
// CHECK-NEXT: 42 14250456118073633019
// CHECK-NEXT: 2147483648 16147935950047878974
// CHECK-NEXT: 2147483647 7325900163918728714
// CHECK-NEXT: -1099511627776 4288256633486798922
// CHECK-NEXT: 89482311 9672590551127618393
// CHECK-NEXT: 9223372036854775807 11600604746563636318
// CHECK-NEXT: -9223372036854775808 11850432892006952048
// CHECK-NEXT: 20221129 2002112903199429660
// CHECK-NEXT: 5577006791947779410 887 +6.645601e-001
// CHECK-NEXT: 2135276795452531224 243 30
