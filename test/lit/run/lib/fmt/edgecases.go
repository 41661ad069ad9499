// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: edge cases: unexported fields holding Stringers (not called),
// embedded pointers, byte arrays, GoStringer, %v precision on strings and
// floats, nested interfaces in maps, %#v of every basic field kind.

package main

import (
	"errors"
	"fmt"
	"os"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S%d", s.n) }

type W struct {
	s   S
	Pub S
	I   fmt.Stringer
	i   fmt.Stringer
	E   error
	*S
}

type Node struct {
	V    int
	Next *Node
}

type byteArr [4]byte
type Time int64

func (t Time) GoString() string { return "Time(1)" }

func main() {
	w := W{s: S{1}, Pub: S{2}, I: S{3}, i: S{4}, E: errors.New("e"), S: &S{5}}
	fmt.Printf("%v\n%+v\n", w, w)
	n := &Node{1, nil}
	n.Next = n
	fmt.Printf("%v %+v\n", *n == *n.Next, n.V)
	fmt.Printf("%v\n", byteArr{1, 2, 3, 4})
	fmt.Printf("%s %x\n", byteArr{65, 66, 67, 68}, byteArr{1, 2, 3, 4})
	fmt.Printf("%#v %#v\n", Time(5), []Time{1})
	fmt.Printf("%v %.2v %10.3v|\n", "hello", "hello", 3.14159)
	fmt.Printf("%6.2v|%-8v|%08v|%+v\n", 1.0/3, int8(-3), -42, "s")
	fmt.Printf("%v %v\n", [3]any{1, nil, "x"}, struct{ A, B any }{nil, 1})
	fmt.Printf("%x %X\n", -1<<63, uint64(1)<<63)
	fmt.Printf("%#o %O %#b %#X\n", 0, 0, 0, 0)
	fmt.Printf("%q %v %d\n", []rune("hé"), []rune("ab"), 'x')
	fmt.Printf("%08.3e|%-+12.4E|% 10g\n", 1234.5678, -0.000123, 1e-10)
	fmt.Printf("%#x %#X % X\n", "", []byte{}, []byte{1})
	fmt.Fprintln(os.Stdout, uintptr(10), complex64(1+1i), [2]float32{0.1, 0.2})
	type pt struct{ x, y float64 }
	fmt.Println(pt{0.1, 1e21}, []float32{1e7, 1.5e-5})
	var iface any = &w
	_ = iface
	fmt.Printf("%v\n", map[string]any{"a": []int{1}, "b": map[string]int{"c": 1}, "n": nil})
	fmt.Printf("%#v\n", map[string]any{"a": []int{1}, "n": nil, "s": "x"})
	fmt.Printf("%+v\n", struct {
		P *int
		F func()
		C chan int
	}{})
	fmt.Printf("%#v\n", struct {
		P *int
		M map[int]int
		U uint8
		F float64
		C complex128
		B bool
		R rune
	}{F: 1, C: 2i, B: true, R: 'a'})
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 1e21, float32(2.5), 1e-7)
	fmt.Printf("%v %v\n", int64(-1)<<63, ^uint64(0))
}

// CHECK: S5
// CHECK-NEXT: S5
// CHECK-NEXT: true 1
// CHECK-NEXT: [1 2 3 4]
// CHECK-NEXT: ABCD 01020304
// CHECK-NEXT: Time(1) []main.Time{Time(1)}
// CHECK-NEXT: hello he       3.14|
// CHECK-NEXT:   0.33|-3      |-0000042|s
// CHECK-NEXT: [1 <nil> x] {<nil> 1}
// CHECK-NEXT: -8000000000000000 8000000000000000
// CHECK-NEXT: 0 0o0 0b0 0X0
// CHECK-NEXT: ['h' 'é'] [97 98] 120
// CHECK-NEXT: 1.235e+03|-1.2300E-04 |     1e-10
// CHECK-NEXT:   01
// CHECK-NEXT: 10 (1+1i) [0.1 0.2]
// CHECK-NEXT: {0.1 1e+21} [1e+07 1.5e-05]
// CHECK-NEXT: map[a:[1] b:map[c:1] n:<nil>]
// CHECK-NEXT: map[string]interface {}{"a":[]int{1}, "n":interface {}(nil), "s":"x"}
// CHECK-NEXT: {P:<nil> F:<nil> C:<nil>}
// CHECK-NEXT: struct { P *int; M map[int]int; U uint8; F float64; C complex128; B bool; R int32 }{P:(*int)(nil), M:map[int]int(nil), U:0x0, F:1, C:(0+2i), B:true, R:97}
// CHECK-NEXT: 1 1e+21 2.5 1e-07
// CHECK-NEXT: -9223372036854775808 18446744073709551615
