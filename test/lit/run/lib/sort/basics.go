// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// sort convenience functions and types: Ints, Float64s (NaN first),
// Strings, *AreSorted, IntSlice/Float64Slice/StringSlice with Search,
// Search, Find, SearchInts/Float64s/Strings; Slice on various element
// types; Slice of a non-slice panics with Go's text.

package main

import "sort"

type big struct {
	name string
	pad  [5]int
	f    float32
}

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 9, 100, -50, 3}
	println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	for _, v := range ints {
		print(v, " ")
	}
	println(sort.IntsAreSorted(ints))
	nan := 0.0
	nan = nan / nan
	fl := []float64{3.5, -1, nan, 2, nan, 0, -0.5}
	sort.Float64s(fl)
	for _, v := range fl {
		print(v, " ")
	}
	println(sort.Float64sAreSorted(fl))
	strs := []string{"pear", "apple", "", "fig", "Banana", "apple", "éclair", "zed"}
	sort.Strings(strs)
	for _, v := range strs {
		print("[", v, "]")
	}
	println(sort.StringsAreSorted(strs))
	println(sort.SearchInts(ints, 2), sort.SearchInts(ints, 4), sort.SearchInts(ints, 1000),
		sort.SearchInts(nil, 1), sort.SearchFloat64s([]float64{1, 2, 3}, 2.5),
		sort.SearchStrings(strs, "fig"), sort.SearchStrings(strs, "zzz"))
	println(sort.IntSlice(ints).Search(8), sort.StringSlice(strs).Search("apple"),
		sort.Float64Slice([]float64{0.5, 1.5}).Search(1))
	println(sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, nil))
	i, found := sort.Find(len(strs), func(i int) int {
		switch {
		case "fig" < strs[i]:
			return -1
		case "fig" > strs[i]:
			return 1
		}
		return 0
	})
	println(i, found)
	i, found = sort.Find(10, func(i int) int { return 3 - i*2 })
	println(i, found)
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	ss := sort.StringSlice{"b", "a"}
	ss.Sort()
	fs := sort.Float64Slice{2, 1}
	fs.Sort()
	println(is[0], is[1], is[2], ss[0], ss[1], fs[0], fs[1], is.Len(), is.Less(0, 1))
	sort.Sort(sort.Reverse(is))
	println(is[0], is[1], is[2])

	bigs := []big{{name: "c", f: 1}, {name: "a", f: 2}, {name: "b", f: 3}, {name: "a", f: 4}}
	sort.SliceStable(bigs, func(i, j int) bool { return bigs[i].name < bigs[j].name })
	for _, b := range bigs {
		print(b.name, b.f, " ")
	}
	println()
	bs := []byte("sorting bytes")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	println(string(bs))
	ptrs := []*big{&bigs[3], &bigs[0], &bigs[2]}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].f < ptrs[j].f })
	println(ptrs[0].name, ptrs[1].name, ptrs[2].name)
	arrs := [][2]int{{3, 1}, {1, 2}, {2, 3}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	println(arrs[0][1], arrs[1][1], arrs[2][1])
	var empty []string
	sort.Slice(empty, func(i, j int) bool { return false })
	sort.Slice([]int{1}, func(i, j int) bool { return false })
	println(sort.SliceIsSorted([]int{3, 2}, func(i, j int) bool { return i > j }))
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		sort.Slice(42, func(i, j int) bool { return false })
	}()
	sort.Slice("not a slice", func(i, j int) bool { return false })
}

// CHECK: false
// CHECK-NEXT: -50 -1 0 2 2 3 5 8 9 100 true
// CHECK-NEXT: NaN NaN -1.000000e+000 -5.000000e-001 +0.000000e+000 +2.000000e+000 +3.500000e+000 true
// CHECK-NEXT: [][Banana][apple][apple][fig][pear][zed][éclair]true
// CHECK-NEXT: 3 6 10 0 2 4 7
// CHECK-NEXT: 7 2 1
// CHECK-NEXT: 8 0
// CHECK-NEXT: 4 true
// CHECK-NEXT: 2 false
// CHECK-NEXT: 1 2 3 a b +1.000000e+000 +2.000000e+000 3 true
// CHECK-NEXT: 3 2 1
// CHECK-NEXT: a+2.000000e+000 a+4.000000e+000 b+3.000000e+000 c+1.000000e+000
// CHECK-NEXT:  beginorsstty
// CHECK-NEXT: c a b
// CHECK-NEXT: 2 3 1
// CHECK-NEXT: false
// CHECK-NEXT: recovered: reflect: call of Swapper on string Value
// CHECK-NEXT: panic: reflect: call of Swapper on string Value [recovered]
// CHECK-NEXT: 	panic: reflect: call of Swapper on int Value
