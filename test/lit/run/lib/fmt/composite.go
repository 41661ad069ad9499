// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: %v, %+v and %#v of structs (embedded, unexported, nested), slices,
// arrays, maps, pointers to composites at top level, interfaces holding
// composites, nil values of every kind.

package main

import "fmt"

type Point struct{ X, Y int }

type Inner struct {
	Name string
	tags []string
}

type Outer struct {
	Point
	In    Inner
	P     *Point
	Any   any
	Err   error
	M     map[string]int
	F     float64
	inner *Inner
}

type Empty struct{}

type List struct {
	Val  int
	Next *List
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	o := Outer{Point: p, In: Inner{"in", []string{"a"}}, Any: 3, M: map[string]int{"z": 26, "a": 1}, F: 2.5}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Outer{Any: "s", F: 1})
	fmt.Printf("%v %+v %#v\n", Empty{}, Empty{}, Empty{})
	fmt.Printf("%v %+v\n", struct{}{}, struct {
		A int
		b bool
	}{1, true})
	fmt.Printf("%#v\n", struct {
		A int
		B []string
	}{1, []string{"x"}})
	l := &List{1, &List{2, nil}}
	fmt.Printf("%v %+v\n", *l.Next, *l.Next)
	fmt.Printf("%v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%+v\n", []*Point{nil})
	fmt.Printf("%#v\n", []Point{{5, 6}})
	fmt.Printf("%v %#v\n", [2][2]int{{1, 2}, {3, 4}}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%v %#v\n", [][]string{{"a"}, nil, {}}, [][]string{{"a"}, nil, {}})
	fmt.Printf("%v %#v %v %#v\n", []int(nil), []int(nil), []int{}, []int{})
	fmt.Printf("%v %#v %v %#v\n", map[int]bool(nil), map[int]bool(nil), map[int]bool{}, map[int]bool{})
	fmt.Printf("%v %#v\n", (*Point)(nil), (*Point)(nil))
	var e error
	var a any
	fmt.Printf("%v %#v %v %#v %d\n", e, e, a, a, a)
	fmt.Printf("%v|%+v|%#v\n", []any{1, "a", nil, 2.5, Point{}}, []any{nil}, []any{1, "a", nil})
	fmt.Printf("%v %#v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"}, map[Point]string{{1, 1}: "c"})
	fmt.Printf("%v\n", map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Printf("%v\n", map[string]map[int]string{"x": {2: "two", 1: "one"}})
	fmt.Printf("%v %v\n", &[]int{1}, &map[string]int{"a": 1})
	pp := &p
	fmt.Printf("%v\n", *pp)
	fmt.Printf("%d %x %s\n", p, Point{255, 16}, p)
	fmt.Printf("%6d|%-4v|%03d\n", p, p, []int{1, 2})
	fmt.Printf("%v %+v %#v\n", [0]int{}, [1]string{"s"}, [2]bool{true})
	type Nested struct {
		A [2]Point
		S []Inner
		M map[string]*int
	}
	fmt.Printf("%+v\n", Nested{S: []Inner{{Name: "n"}}, M: map[string]*int{"nil": nil}})
	fmt.Printf("%#v\n", Nested{})
	var ip *int
	fmt.Printf("%v %#v %d\n", ip, ip, ip)
	ch := (chan int)(nil)
	var fn func()
	fmt.Printf("%v %#v %v %#v\n", ch, ch, fn, fn)
	fmt.Println(p, &p, []*Point{nil}, o.P, nil)
}

// CHECK: {1 2}|{X:1 Y:2}|main.Point{X:1, Y:2}|main.Point
// CHECK-NEXT: &{1 2}|&{X:1 Y:2}|&main.Point{X:1, Y:2}|*main.Point
// CHECK-NEXT: {{\{\{}}1 2} {in [a]} <nil> 3 <nil> map[a:1 z:26] 2.5 <nil>}
// CHECK-NEXT: {Point:{X:1 Y:2} In:{Name:in tags:[a]} P:<nil> Any:3 Err:<nil> M:map[a:1 z:26] F:2.5 inner:<nil>}
// CHECK-NEXT: main.Outer{Point:main.Point{X:0, Y:0}, In:main.Inner{Name:"", tags:[]string(nil)}, P:(*main.Point)(nil), Any:"s", Err:error(nil), M:map[string]int(nil), F:1, inner:(*main.Inner)(nil)}
// CHECK-NEXT: {} {} main.Empty{}
// CHECK-NEXT: {} {A:1 b:true}
// CHECK-NEXT: struct { A int; B []string }{A:1, B:[]string{"x"}}
// CHECK-NEXT: {2 <nil>} {Val:2 Next:<nil>}
// CHECK-NEXT: [{1 2} {3 4}]
// CHECK-NEXT: [<nil>]
// CHECK-NEXT: []main.Point{main.Point{X:5, Y:6}}
// CHECK-NEXT: {{\[\[}}1 2] [3 4]] [2][2]int{[2]int{1, 2}, [2]int{3, 4}}
// CHECK-NEXT: {{\[\[}}a] [] []] [][]string{[]string{"a"}, []string(nil), []string{}}
// CHECK-NEXT: [] []int(nil) [] []int{}
// CHECK-NEXT: map[] map[int]bool(nil) map[] map[int]bool{}
// CHECK-NEXT: <nil> (*main.Point)(nil)
// CHECK-NEXT: <nil> <nil> <nil> <nil> %!d(<nil>)
// CHECK-NEXT: [1 a <nil> 2.5 {0 0}]|[<nil>]|[]interface {}{1, "a", interface {}(nil)}
// CHECK-NEXT: map[{1 2}:a {2 1}:b] map[main.Point]string{main.Point{X:1, Y:1}:"c"}
// CHECK-NEXT: map[a:[1 1] b:[2]]
// CHECK-NEXT: map[x:map[1:one 2:two]]
// CHECK-NEXT: &[1] &map[a:1]
// CHECK-NEXT: {1 2}
// CHECK-NEXT: {1 2} {ff 10} {%!s(int=1) %!s(int=2)}
// CHECK-NEXT: {     1      2}|{1    2   }|[001 002]
// CHECK-NEXT: [] [s] [2]bool{true, false}
// CHECK-NEXT: {A:[{X:0 Y:0} {X:0 Y:0}] S:[{Name:n tags:[]}] M:map[nil:<nil>]}
// CHECK-NEXT: main.Nested{A:[2]main.Point{main.Point{X:0, Y:0}, main.Point{X:0, Y:0}}, S:[]main.Inner(nil), M:map[string]*int(nil)}
// CHECK-NEXT: <nil> (*int)(nil) 0
// CHECK-NEXT: <nil> (chan int)(nil) <nil> (func())(nil)
// CHECK-NEXT: {1 2} &{1 2} [<nil>] <nil> <nil>
