// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: %T prints Go's type strings for every kind of type, named and
// unnamed, local types, and types from other packages; %v of func and
// chan types prints addresses (checked only for the 0x prefix).

package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ A int }
type I interface{ M() }
type Fn func(int) (string, error)
type Ch chan<- int

func (T) M() {}

func main() {
	type Local struct{ x int }
	type LocalInt int
	var i I = T{}
	var e error = errors.New("x")
	var st fmt.Stringer
	vals := []any{
		1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1),
		1.5, float32(1.5), 1i, complex64(1i), "s", true, 'r', byte(1),
		T{}, &T{}, []T{}, []*T{}, [3]T{}, map[string]T{}, map[T][]int{}, i, &i, e, &e, &st,
		Local{}, LocalInt(2), &Local{}, []LocalInt{},
		Fn(nil), Ch(nil), make(chan int), make(<-chan string), make(chan<- []int), make(chan (<-chan int)),
		func() {}, func(int, string) bool { return false }, func(...int) {}, func(a int, b ...string) (int, error) { return 0, nil },
		func() func() int { return nil },
		struct{}{}, struct{ A int }{}, struct {
			A int
			b string
		}{}, struct{ T }{}, struct{ *T }{}, &struct{ X []int }{},
		[]any{}, []error{}, map[string]any{}, []struct{}{}, [0]int{}, [2][3]int{}, [][]string{},
		&strings.Builder{}, strings.NewReader(""), []fmt.Stringer{},
		new(int), new(*int), new([]int), new(map[int]int), new(any), new(error), new(func()),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%10T|%-10T|%.3T|\n", 1, "x", T{})
	f := func() {}
	c := make(chan int)
	sf, sc := fmt.Sprint(f), fmt.Sprint(c)
	fmt.Println(strings.HasPrefix(sf, "0x"), strings.HasPrefix(sc, "0x"), fmt.Sprintf("%p", c) == sc)
	p := &T{}
	fmt.Println(fmt.Sprintf("%p", p) == fmt.Sprintf("%#x", fmt.Sprintf("%d", 0)) || strings.HasPrefix(fmt.Sprintf("%p", p), "0x"))
	fmt.Println(fmt.Sprintf("%v", []*T{p}) == "["+fmt.Sprintf("%p", p)+"]", fmt.Sprintf("%#p", p) == fmt.Sprintf("%p", p)[2:])
	fmt.Println(fmt.Sprintf("%#v", p) == "&main.T{A:0}", fmt.Sprintf("%#v", []*T{p}) == "[]*main.T{("+"*main.T)("+fmt.Sprintf("%p", p)+")}")
	m := map[string]int{}
	fmt.Println(fmt.Sprintf("%p", m) == fmt.Sprintf("%v", fmt.Sprintf("%p", m)), fmt.Sprintf("%x", p) == fmt.Sprintf("%p", p)[2:])
	fmt.Printf("%p %v %p\n", (*int)(nil), (func())(nil), []int(nil))
}

// CHECK: int
// CHECK-NEXT: int8
// CHECK-NEXT: int16
// CHECK-NEXT: int32
// CHECK-NEXT: int64
// CHECK-NEXT: uint
// CHECK-NEXT: uint8
// CHECK-NEXT: uint16
// CHECK-NEXT: uint32
// CHECK-NEXT: uint64
// CHECK-NEXT: uintptr
// CHECK-NEXT: float64
// CHECK-NEXT: float32
// CHECK-NEXT: complex128
// CHECK-NEXT: complex64
// CHECK-NEXT: string
// CHECK-NEXT: bool
// CHECK-NEXT: int32
// CHECK-NEXT: uint8
// CHECK-NEXT: main.T
// CHECK-NEXT: *main.T
// CHECK-NEXT: []main.T
// CHECK-NEXT: []*main.T
// CHECK-NEXT: [3]main.T
// CHECK-NEXT: map[string]main.T
// CHECK-NEXT: map[main.T][]int
// CHECK-NEXT: main.T
// CHECK-NEXT: *main.I
// CHECK-NEXT: *errors.errorString
// CHECK-NEXT: *error
// CHECK-NEXT: *fmt.Stringer
// CHECK-NEXT: main.Local
// CHECK-NEXT: main.LocalInt
// CHECK-NEXT: *main.Local
// CHECK-NEXT: []main.LocalInt
// CHECK-NEXT: main.Fn
// CHECK-NEXT: main.Ch
// CHECK-NEXT: chan int
// CHECK-NEXT: <-chan string
// CHECK-NEXT: chan<- []int
// CHECK-NEXT: chan (<-chan int)
// CHECK-NEXT: func()
// CHECK-NEXT: func(int, string) bool
// CHECK-NEXT: func(...int)
// CHECK-NEXT: func(int, ...string) (int, error)
// CHECK-NEXT: func() func() int
// CHECK-NEXT: struct {}
// CHECK-NEXT: struct { A int }
// CHECK-NEXT: struct { A int; b string }
// CHECK-NEXT: struct { main.T }
// CHECK-NEXT: struct { *main.T }
// CHECK-NEXT: *struct { X []int }
// CHECK-NEXT: []interface {}
// CHECK-NEXT: []error
// CHECK-NEXT: map[string]interface {}
// CHECK-NEXT: []struct {}
// CHECK-NEXT: [0]int
// CHECK-NEXT: [2][3]int
// CHECK-NEXT: [][]string
// CHECK-NEXT: *strings.Builder
// CHECK-NEXT: *strings.Reader
// CHECK-NEXT: []fmt.Stringer
// CHECK-NEXT: *int
// CHECK-NEXT: **int
// CHECK-NEXT: *[]int
// CHECK-NEXT: *map[int]int
// CHECK-NEXT: *interface {}
// CHECK-NEXT: *error
// CHECK-NEXT: *func()
// CHECK-NEXT:        int|string    |mai|
// CHECK-NEXT: true true true
// CHECK-NEXT: true
// CHECK-NEXT: true true
// CHECK-NEXT: true true
// CHECK-NEXT: true false
// CHECK-NEXT: 0x0 <nil> 0x0
