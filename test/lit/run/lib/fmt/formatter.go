// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: Formatter sees the verb, flags, width and precision through State;
// GoStringer for %#v; Stringer/error on nested values, exported fields only;
// panics in methods and nil receivers.

package main

import (
	"errors"
	"fmt"
)

type F int

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fl := ""
	for _, c := range "-+# 0" {
		if s.Flag(int(c)) {
			fl += string(c)
		}
	}
	if !wok {
		w = -1 // the value without ok is unspecified
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(s, "F(%c w=%d p=%d f=%q v=%d)", verb, w, p, fl, int(f))
}

type G struct{ A int }

func (G) GoString() string { return "G!" }

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.n) }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type E struct{}

func (E) Error() string { return "E-error" }

type Panicky int

func (p Panicky) String() string {
	if p == 0 {
		panic("zero!")
	}
	panic(errors.New("boom"))
}

type Outer struct {
	Pub  S
	priv S
	Err  error
	Ptr  *PS
	Any  any
	F    F
}

type SB struct{ s string }

func (s *SB) String() string { return s.s }

func main() {
	var f F = 3
	fmt.Printf("%v|%+v|%#v|%d|%-8.3x|%+ 0s|%T\n", f, f, f, f, f, f, f)
	fmt.Println(f, []F{1, 2})
	fmt.Printf("%v %#v %+v %s\n", G{1}, G{1}, G{1}, []G{{2}})
	fmt.Printf("%v %s %q %x %d\n", S{1}, S{2}, S{3}, S{4}, S{5})
	fmt.Println(&PS{6}, PS{7}, []*PS{{8}}, E{}, []error{E{}, nil})
	o := Outer{S{1}, S{2}, E{}, &PS{3}, S{4}, 5}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(Panicky(0), Panicky(1))
	fmt.Printf("%s|%d\n", Panicky(0), Panicky(0))
	var nilps *PS
	var nilsb *SB
	fmt.Println(nilps, nilsb)
	fmt.Printf("[%5v] [%-5s]\n", nilps, nilsb)
	fmt.Printf("%v %x\n", []S{{1}, {2}}, map[S]int{{1}: 1})
	fmt.Printf("%s\n", []fmt.Stringer{S{9}, &PS{10}, nil})
}

// CHECK: F(v w=-1 p=-1 f="" v=3)|F(v w=-1 p=-1 f="+" v=3)|F(v w=-1 p=-1 f="#" v=3)|F(d w=-1 p=-1 f="" v=3)|F(x w=8 p=3 f="-" v=3)|F(s w=-1 p=-1 f="+ 0" v=3)|main.F
// CHECK-NEXT: F(v w=-1 p=-1 f="" v=3) [F(v w=-1 p=-1 f="" v=1) F(v w=-1 p=-1 f="" v=2)]
// CHECK-NEXT: {1} G! {A:1} [{%!s(int=2)}]
// CHECK-NEXT: S<1> S<2> "S<3>" 533c343e {5}
// CHECK-NEXT: PS<6> {7} [PS<8>] E-error [E-error <nil>]
// CHECK-NEXT: {S<1> {2} E-error PS<3> S<4> F(v w=-1 p=-1 f="" v=5)}
// CHECK-NEXT: {Pub:S<1> priv:{n:2} Err:E-error Ptr:PS<3> Any:S<4> F:F(v w=-1 p=-1 f="+" v=5)}
// CHECK-NEXT: %!v(PANIC=String method: zero!) %!v(PANIC=String method: boom)
// CHECK-NEXT: %!s(PANIC=String method: zero!)|0
// CHECK-NEXT: <nil> <nil>
// CHECK-NEXT: [<nil>] [<nil>]
// CHECK-NEXT: [S<1> S<2>] map[533c313e:1]
// CHECK-NEXT: [S<9> PS<10> <nil>]
