// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// sort: Find (new in 1.19), Search and its typed forms, the call pattern of
// Search's predicate, SliceStable on a slice of large structs (the swapper
// moves whole elements), and the panics of sort.Slice on a non-slice.

package main

import "sort"

type big struct {
	key  int
	pad  [40]byte
	name string
}

func try(f func()) {
	defer func() { println(recover().(error).Error()) }()
	f()
}

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 12}
	for _, x := range []int{0, 1, 3, 4, 12, 13} {
		i, found := sort.Find(len(a), func(k int) int { return x - a[k] })
		print(x, ":", i, found, sort.SearchInts(a, x), " ")
	}
	println()
	var calls []int
	sort.Search(1000, func(k int) bool { calls = append(calls, k); return k >= 377 })
	for _, c := range calls {
		print(c, " ")
	}
	println()
	println(sort.SearchFloat64s([]float64{1, 2.5, 4}, 2.5), sort.SearchStrings([]string{"a", "c"}, "b"),
		sort.IntSlice(a).Search(8), sort.StringSlice{"x", "y"}.Search("z"), sort.Float64Slice{0.5}.Search(-1))

	bs := make([]big, 30)
	for i := range bs {
		bs[i] = big{key: (i * 7) % 5, name: string(rune('A' + i))}
		bs[i].pad[39] = byte(i)
	}
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].key < bs[j].key })
	for _, b := range bs {
		print(b.key, b.name, b.pad[39], " ")
	}
	println()
	println(sort.SliceIsSorted(bs, func(i, j int) bool { return bs[i].key < bs[j].key }))
	s := []string{"b", "a", "c"}
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	println(s[0], s[1], s[2], sort.StringsAreSorted(s), sort.IsSorted(sort.Reverse(sort.StringSlice(s))))

	try(func() { sort.Slice(5, func(i, j int) bool { return true }) })
	try(func() { sort.SliceStable(nil, func(i, j int) bool { return true }) })
}

// CHECK: 0:0false0 1:0true0 3:1true1 4:4false4 12:6true6 13:7false7 
// CHECK-NEXT: 500 250 375 438 407 391 383 379 377 376 
// CHECK-NEXT: 1 1 5 2 0
// CHECK-NEXT: 0A0 0F5 0K10 0P15 0U20 0Z25 1D3 1I8 1N13 1S18 1X23 1]28 2B1 2G6 2L11 2Q16 2V21 2[26 3E4 3J9 3O14 3T19 3Y24 3^29 4C2 4H7 4M12 4R17 4W22 4\27 
// CHECK-NEXT: true
// CHECK-NEXT: c b a false true
// CHECK-NEXT: reflect: call of Swapper on int Value
// CHECK-NEXT: reflect: call of Swapper on zero Value
