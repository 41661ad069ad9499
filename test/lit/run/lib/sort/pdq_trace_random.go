// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sort.Sort, sort.Slice and sort.Float64s make exactly Go's sequence of
// Less and Swap calls (hashed) on pseudo-random inputs of many sizes and
// key ranges, so equal elements (and -0/+0, NaNs) end where Go puts them.

package main

import "sort"

type rec struct{ key, id int }

type traced struct {
	r []rec
	h uint32
}

func (b *traced) Len() int { return len(b.r) }
func (b *traced) Less(i, j int) bool {
	b.h = (b.h ^ uint32(i*7919+j)) * 16777619
	return b.r[i].key < b.r[j].key
}
func (b *traced) Swap(i, j int) {
	b.h = (b.h ^ uint32(i*7919+j+99991)) * 16777619
	b.r[i], b.r[j] = b.r[j], b.r[i]
}

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func ids(r []rec) uint32 {
	h := uint32(2166136261)
	for _, x := range r {
		h = (h ^ uint32(x.id)) * 16777619
	}
	return h
}

func main() {
	sizes := []int{13, 17, 31, 49, 50, 64, 99, 150, 333, 1024, 3000}
	var agg uint32
	for c := 0; c < 400; c++ {
		n := sizes[c%len(sizes)] + int(next()%7)
		keys := 1 + int(next()%uint64(n))
		if c%3 == 0 {
			keys = 1 + c%5
		}
		r := make([]rec, n)
		for i := range r {
			switch c % 4 {
			case 0, 1:
				r[i] = rec{int(next() % uint64(keys)), i}
			case 2: // mostly ascending with noise
				r[i] = rec{i / 2, i}
				if next()%10 == 0 {
					r[i].key = int(next() % uint64(n))
				}
			case 3: // descending runs
				r[i] = rec{(n - i) % (keys + 3), i}
			}
		}
		s := append([]rec(nil), r...)
		b := &traced{r: r}
		sort.Sort(b)
		sort.Slice(s, func(i, j int) bool { return s[i].key < s[j].key })
		if ids(s) != ids(b.r) || !sort.IsSorted(b) {
			println("mismatch", c)
		}
		agg = (agg ^ b.h) * 16777619
		if c%40 == 0 {
			println(c, n, b.h, ids(b.r))
		}
	}
	println("all", agg)

	// Float64s: NaNs first, the order of -0 and +0 is pdqsort's.
	f := make([]float64, 300)
	zero := 0.0
	for i := range f {
		switch next() % 5 {
		case 0:
			f[i] = -zero
		case 1:
			f[i] = zero
		case 2:
			f[i] = zero / zero
		default:
			f[i] = float64(int(next()%20) - 10)
		}
	}
	sort.Float64s(f)
	for i, x := range f {
		if x == 0 {
			neg := 1 / x < 0
			print(neg, " ")
		}
		if i > 0 && f[i-1] > x {
			print("bad")
		}
	}
	println()
	println(sort.Float64sAreSorted(f), f[0] != f[0])
}

// CHECK: 0 13 2633165729 1373724879
// CHECK-NEXT: 40 150 2771454178 1239834364
// CHECK-NEXT: 80 54 1460070822 224806000
// CHECK-NEXT: 120 3004 2147901572 2618095689
// CHECK-NEXT: 160 103 2053971521 3525330404
// CHECK-NEXT: 200 34 3606926833 798165844
// CHECK-NEXT: 240 1030 2153723938 4025680222
// CHECK-NEXT: 280 64 2269424752 750586515
// CHECK-NEXT: 320 23 2339186934 911510936
// CHECK-NEXT: 360 333 3706366542 2520004047
// CHECK-NEXT: all 1195812083
// CHECK-NEXT: false false true false false true false false false true true true false false false true true true false true false true false true false false false true false true true true false true false false false false true true false false true true false false true true false false false false false false true false true false false false false true false true false true false false false false true false false false false false true true true true false false true true true false true true true true true true false false true false false false false true true true true false true false true false false true false true true false true false true true false false true false false 
// CHECK-NEXT: true true
