// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sort.Sort and sort.Slice leave equal elements in Go's order (pdqsort step
// for step) and make the same number of Less and Swap calls, on inputs that
// exercise insertion sort, ninther pivots, pattern breaking, heapsort
// fallback and partial insertion sort.

package main

import "sort"

type rec struct {
	key, id int
}

type byKey struct {
	r           []rec
	less, swaps int
}

func (b *byKey) Len() int { return len(b.r) }
func (b *byKey) Less(i, j int) bool {
	b.less++
	return b.r[i].key < b.r[j].key
}
func (b *byKey) Swap(i, j int) {
	b.swaps++
	b.r[i], b.r[j] = b.r[j], b.r[i]
}

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 8) % uint32(n))
}

func gen(kind, n int) []rec {
	r := make([]rec, n)
	for i := range r {
		var k int
		switch kind {
		case 0: // random, many duplicates
			k = rnd(10)
		case 1: // random, few duplicates
			k = rnd(n * 4)
		case 2: // sorted
			k = i / 3
		case 3: // reversed
			k = n - i/2
		case 4: // sawtooth
			k = i % 17
		case 5: // organ pipe
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case 6: // almost sorted
			k = i
			if i%50 == 7 {
				k = rnd(n)
			}
		case 7: // all equal
			k = 42
		}
		r[i] = rec{k, i}
	}
	return r
}

func hash(r []rec) uint32 {
	var h uint32 = 2166136261
	for _, x := range r {
		h = (h ^ uint32(x.id)) * 16777619
	}
	return h
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 5000} {
		for kind := 0; kind < 8; kind++ {
			data := gen(kind, n)
			b := &byKey{r: append([]rec(nil), data...)}
			sort.Sort(b)
			s := append([]rec(nil), data...)
			sort.Slice(s, func(i, j int) bool { return s[i].key < s[j].key })
			st := &byKey{r: append([]rec(nil), data...)}
			sort.Stable(st)
			ss := append([]rec(nil), data...)
			sort.SliceStable(ss, func(i, j int) bool { return ss[i].key < ss[j].key })
			rv := &byKey{r: append([]rec(nil), data...)}
			sort.Sort(sort.Reverse(rv))
			// Counts are read before IsSorted adds to them (Go leaves the
			// order of plain operands and calls in one expression open).
			bl, bs, stl, sts := b.less, b.swaps, st.less, st.swaps
			println(n, kind, hash(b.r), bl, bs, hash(s) == hash(b.r),
				hash(st.r), stl, sts, hash(ss) == hash(st.r),
				hash(rv.r), sort.IsSorted(b), sort.IsSorted(sort.Reverse(rv)),
				sort.SliceIsSorted(s, func(i, j int) bool { return s[i].key < s[j].key }))
		}
	}
	// Small visible example: equal keys in Go's order.
	r := gen(0, 30)
	sort.Slice(r, func(i, j int) bool { return r[i].key < r[j].key })
	for _, x := range r {
		print(x.key, ":", x.id, " ")
	}
	println()
}

// CHECK: 0 0 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 0 1 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 0 2 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 0 3 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 0 4 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 0 5 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 0 6 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 0 7 2166136261 0 0 true 2166136261 0 0 true 2166136261 true true true
// CHECK-NEXT: 1 0 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 1 1 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 1 2 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 1 3 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 1 4 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 1 5 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 1 6 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 1 7 84696351 0 0 true 84696351 0 0 true 84696351 true true true
// CHECK-NEXT: 2 0 276207162 1 0 true 276207162 1 0 true 276207162 true true true
// CHECK-NEXT: 2 1 3950255460 1 1 true 3950255460 1 1 true 276207162 true true true
// CHECK-NEXT: 2 2 276207162 1 0 true 276207162 1 0 true 276207162 true true true
// CHECK-NEXT: 2 3 276207162 1 0 true 276207162 1 0 true 276207162 true true true
// CHECK-NEXT: 2 4 276207162 1 0 true 276207162 1 0 true 3950255460 true true true
// CHECK-NEXT: 2 5 276207162 1 0 true 276207162 1 0 true 3950255460 true true true
// CHECK-NEXT: 2 6 276207162 1 0 true 276207162 1 0 true 3950255460 true true true
// CHECK-NEXT: 2 7 276207162 1 0 true 276207162 1 0 true 276207162 true true true
// CHECK-NEXT: 5 0 487049853 6 2 true 487049853 6 2 true 3355231193 true true true
// CHECK-NEXT: 5 1 4191203913 10 9 true 4191203913 10 9 true 3122569199 true true true
// CHECK-NEXT: 5 2 3122569199 4 0 true 3122569199 4 0 true 3245052325 true true true
// CHECK-NEXT: 5 3 2607225491 10 8 true 2607225491 10 8 true 3122569199 true true true
// CHECK-NEXT: 5 4 3122569199 4 0 true 3122569199 4 0 true 2864633039 true true true
// CHECK-NEXT: 5 5 2507989147 7 3 true 2507989147 7 3 true 3330030485 true true true
// CHECK-NEXT: 5 6 3122569199 4 0 true 3122569199 4 0 true 2864633039 true true true
// CHECK-NEXT: 5 7 3122569199 4 0 true 3122569199 4 0 true 3122569199 true true true
// CHECK-NEXT: 12 0 2712566531 44 35 true 2712566531 44 35 true 1136662639 true true true
// CHECK-NEXT: 12 1 2788641621 56 48 true 2788641621 56 48 true 2237953373 true true true
// CHECK-NEXT: 12 2 1246796121 11 0 true 1246796121 11 0 true 1245215553 true true true
// CHECK-NEXT: 12 3 803627757 66 60 true 803627757 66 60 true 1246796121 true true true
// CHECK-NEXT: 12 4 1246796121 11 0 true 1246796121 11 0 true 3142626969 true true true
// CHECK-NEXT: 12 5 4002664079 36 25 true 4002664079 36 25 true 1729478707 true true true
// CHECK-NEXT: 12 6 2766121539 17 6 true 2766121539 17 6 true 2988407113 true true true
// CHECK-NEXT: 12 7 1246796121 11 0 true 1246796121 11 0 true 1246796121 true true true
// CHECK-NEXT: 13 0 518187071 41 18 true 2024618237 41 29 true 1520566445 true true true
// CHECK-NEXT: 13 1 2116845337 42 27 true 3216108939 50 40 true 2789114325 true true true
// CHECK-NEXT: 13 2 1373724879 15 0 true 1373724879 12 0 true 3325783343 true true true
// CHECK-NEXT: 13 3 1354715197 32 15 true 1768794043 78 72 true 1373724879 true true true
// CHECK-NEXT: 13 4 1373724879 15 0 true 1373724879 12 0 true 1938077823 true true true
// CHECK-NEXT: 13 5 737388107 34 15 true 2281565791 43 31 true 1380937591 true true true
// CHECK-NEXT: 13 6 1358026993 41 12 true 3628775301 13 1 true 1658582049 true true true
// CHECK-NEXT: 13 7 1373724879 15 0 true 1373724879 12 0 true 1373724879 true true true
// CHECK-NEXT: 20 0 416023533 63 31 true 2773846411 94 76 true 3627469371 true true true
// CHECK-NEXT: 20 1 2949921201 88 34 true 2949921201 98 82 true 3039931185 true true true
// CHECK-NEXT: 20 2 2017146113 22 0 true 2017146113 19 0 true 2606484347 true true true
// CHECK-NEXT: 20 3 4150152191 53 25 true 4172039765 190 180 true 2017146113 true true true
// CHECK-NEXT: 20 4 1685051521 92 37 true 1685051521 64 45 true 2304385359 true true true
// CHECK-NEXT: 20 5 2683153367 76 48 true 1343654547 100 81 true 936364835 true true true
// CHECK-NEXT: 20 6 248904163 49 3 true 248904163 20 1 true 3990902211 true true true
// CHECK-NEXT: 20 7 2017146113 22 0 true 2017146113 19 0 true 2017146113 true true true
// CHECK-NEXT: 49 0 1075284409 256 77 true 2477312093 312 339 true 138591965 true true true
// CHECK-NEXT: 49 1 1378562777 252 113 true 3357048301 328 332 true 2356217539 true true true
// CHECK-NEXT: 49 2 527181919 51 0 true 527181919 61 0 true 2914932643 true true true
// CHECK-NEXT: 49 3 4042238909 208 65 true 2208604303 433 472 true 527181919 true true true
// CHECK-NEXT: 49 4 185927659 245 114 true 403028697 254 226 true 2265565413 true true true
// CHECK-NEXT: 49 5 244922933 235 107 true 1436663869 297 295 true 1696351601 true true true
// CHECK-NEXT: 49 6 1166270109 201 42 true 1166270109 81 26 true 3347378393 true true true
// CHECK-NEXT: 49 7 527181919 51 0 true 527181919 61 0 true 527181919 true true true
// CHECK-NEXT: 50 0 4078635078 228 70 true 3980716818 314 335 true 257981264 true true true
// CHECK-NEXT: 50 1 2329710646 289 136 true 3330459476 363 387 true 1484223610 true true true
// CHECK-NEXT: 50 2 3846415658 61 0 true 3846415658 61 0 true 3262078852 true true true
// CHECK-NEXT: 50 3 127417014 221 68 true 2129201066 444 484 true 3846415658 true true true
// CHECK-NEXT: 50 4 2177271484 273 111 true 2761673594 265 236 true 3026098740 true true true
// CHECK-NEXT: 50 5 3742997458 251 116 true 3985353794 298 294 true 130682124 true true true
// CHECK-NEXT: 50 6 2644722690 103 40 true 2644722690 84 40 true 3839811252 true true true
// CHECK-NEXT: 50 7 3846415658 61 0 true 3846415658 61 0 true 3846415658 true true true
// CHECK-NEXT: 51 0 3338324610 252 57 true 1670329858 329 322 true 721704012 true true true
// CHECK-NEXT: 51 1 485973716 253 93 true 4030447434 316 352 true 2857876596 true true true
// CHECK-NEXT: 51 2 24962248 62 0 true 24962248 61 0 true 2538833706 true true true
// CHECK-NEXT: 51 3 2117957720 224 69 true 638653370 451 500 true 24962248 true true true
// CHECK-NEXT: 51 4 3649425802 278 111 true 1765868120 271 236 true 552908482 true true true
// CHECK-NEXT: 51 5 655864992 265 124 true 1579719690 305 301 true 2146219354 true true true
// CHECK-NEXT: 51 6 88779908 91 27 true 88779908 81 27 true 3815155360 true true true
// CHECK-NEXT: 51 7 24962248 62 0 true 24962248 61 0 true 24962248 true true true
// CHECK-NEXT: 100 0 2875698423 473 89 true 1022660227 694 788 true 1889697003 true true true
// CHECK-NEXT: 100 1 1819123009 666 274 true 3270694587 896 966 true 2990396823 true true true
// CHECK-NEXT: 100 2 3726872593 111 0 true 3726872593 122 0 true 3290185447 true true true
// CHECK-NEXT: 100 3 2438201477 545 138 true 3858109781 985 1112 true 3726872593 true true true
// CHECK-NEXT: 100 4 1430420541 605 214 true 3367020825 746 819 true 331710413 true true true
// CHECK-NEXT: 100 5 231128127 630 279 true 3599351627 672 735 true 1319280395 true true true
// CHECK-NEXT: 100 6 656754607 189 74 true 656754607 169 74 true 812804303 true true true
// CHECK-NEXT: 100 7 3726872593 111 0 true 3726872593 122 0 true 3726872593 true true true
// CHECK-NEXT: 257 0 864119269 1287 232 true 591479171 2161 2870 true 3900629689 true true true
// CHECK-NEXT: 257 1 444673249 2121 772 true 443017661 2669 3343 true 1679895033 true true true
// CHECK-NEXT: 257 2 2008633631 268 0 true 2008633631 320 0 true 3064614647 true true true
// CHECK-NEXT: 257 3 915832531 1128 374 true 2851520031 2511 3158 true 2008633631 true true true
// CHECK-NEXT: 257 4 2749989655 1513 298 true 330916623 2112 2749 true 802708809 true true true
// CHECK-NEXT: 257 5 1021075889 1956 697 true 3053771381 1812 2241 true 2746219235 true true true
// CHECK-NEXT: 257 6 2933385397 1128 367 true 2933385397 430 365 true 518515849 true true true
// CHECK-NEXT: 257 7 2008633631 268 0 true 2008633631 320 0 true 2008633631 true true true
// CHECK-NEXT: 1000 0 4082670525 4834 819 true 1361414185 9200 15890 true 374435085 true true true
// CHECK-NEXT: 1000 1 947505817 10033 3486 true 2227967945 12485 19829 true 3415501309 true true true
// CHECK-NEXT: 1000 2 2691360765 1011 0 true 2691360765 1229 0 true 1422043389 true true true
// CHECK-NEXT: 1000 3 1792877405 3823 1494 true 940303229 9842 13332 true 2691360765 true true true
// CHECK-NEXT: 1000 4 3082027785 5763 1077 true 4082915287 9662 16140 true 3482355755 true true true
// CHECK-NEXT: 1000 5 848437853 9698 3327 true 698870009 7208 9929 true 2408110901 true true true
// CHECK-NEXT: 1000 6 1397596681 9813 3432 true 1172062437 1896 3785 true 1067732079 true true true
// CHECK-NEXT: 1000 7 2691360765 1011 0 true 2691360765 1229 0 true 2691360765 true true true
// CHECK-NEXT: 5000 0 2792615967 23194 4093 true 508465603 47175 104215 true 3880448333 true true true
// CHECK-NEXT: 5000 1 3145612949 64720 19833 true 1026715411 77115 148282 true 4119992967 true true true
// CHECK-NEXT: 5000 2 2356979101 5011 0 true 2356979101 6115 0 true 3742273589 true true true
// CHECK-NEXT: 5000 3 2131608717 18823 7494 true 2674353597 49142 74742 true 2356979101 true true true
// CHECK-NEXT: 5000 4 1093797807 27739 5055 true 1531818271 50811 111312 true 147462089 true true true
// CHECK-NEXT: 5000 5 4228865865 59106 18870 true 3300361737 36009 58147 true 37400201 true true true
// CHECK-NEXT: 5000 6 3038161371 77058 27887 true 3627032543 10365 41760 true 1257618471 true true true
// CHECK-NEXT: 5000 7 2356979101 5011 0 true 2356979101 6115 0 true 2356979101 true true true
// CHECK-NEXT: 0:22 0:4 0:21 1:18 1:19 1:17 2:9 2:11 3:29 3:0 3:26 4:24 5:25 5:27 5:20 5:6 5:16 5:23 6:7 6:5 7:12 7:10 8:8 8:3 8:1 9:15 9:14 9:13 9:2 9:28
