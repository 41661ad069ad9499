// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: Stringer, error, GoStringer and Formatter are honoured, with Go's
// rules: value vs pointer receivers, nested values, unexported fields (no
// method calls), nil pointer receivers (<nil>), panics in the methods.

package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr#%d", p.n) }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("error %d", e.code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Go struct{ A int }

func (g Go) GoString() string { return "Go!" }
func (g Go) String() string   { return "str" }

type F struct{ v int }

func (f F) Format(s fmt.State, verb rune) {
	// Width and precision are meaningful only when set.
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(s, "F{%c w=%d,%v p=%d,%v flags=", verb, w, wok, p, pok)
	for _, c := range "-+# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, "%c", c)
		}
	}
	fmt.Fprintf(s, " v=%d}", f.v)
}

type Panicky struct{ msg string }

func (p Panicky) String() string { panic(p.msg) }

type NilPanic struct{ x int }

func (p *NilPanic) String() string { return fmt.Sprint(p.x) }

type ErrPanic struct{}

func (ErrPanic) Error() string { panic(errors.New("boom")) }

type Wrapper struct {
	C     Celsius
	c     Celsius
	E     error
	S     fmt.Stringer
	P     *PtrStr
	V     PtrStr
	Items []Celsius
	M     map[Celsius]Celsius
}

type Hex int

func (h Hex) Format(s fmt.State, c rune) {
	if c == 'v' && s.Flag('#') {
		fmt.Fprintf(s, "Hex(%#x)", int(h))
		return
	}
	fmt.Fprintf(s, "%x", int(h))
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c, &c)
	fmt.Printf("%v|%s|%q|%x|%d|%.2f|%10v|%-10s|%#v\n", c, c, c, c, c, c, c, c, c)
	p := PtrStr{7}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v %s\n", p, &p, []*PtrStr{&p}, []PtrStr{p})
	fmt.Println(MyErr{3}, &MyErr{4}, []error{MyErr{5}, nil})
	fmt.Printf("%v %s %q %d %+v %#v\n", MyErr{1}, MyErr{2}, MyErr{3}, MyErr{4}, MyErr{5}, MyErr{6})
	fmt.Println(Both{})
	fmt.Printf("%v %#v %+v %s\n", Go{1}, Go{1}, Go{1}, []Go{{2}})
	fmt.Printf("%#v\n", []any{Go{3}, &Go{4}})
	f := F{9}
	fmt.Printf("%v|%d|%5.2x|%-#+ 0s|%+v|%#v\n", f, f, f, f, f, f)
	fmt.Println(f, []F{{1}})
	fmt.Printf("%v %#v %d %x\n", Hex(255), Hex(255), []Hex{10, 11}, map[Hex]Hex{1: 2})
	fmt.Printf("%v|%s|%d\n", Panicky{"oops"}, Panicky{"x"}, Panicky{"y"})
	fmt.Println(Panicky{"in println"}, ErrPanic{})
	var np *NilPanic
	fmt.Printf("%v %s %d\n", np, np, np)
	fmt.Println(np, []*NilPanic{nil})
	var nc *Celsius
	fmt.Println(nc)
	var ne *MyErr
	fmt.Printf("[%v] [%s]\n", ne, ne)
	w := Wrapper{C: 1, c: 2, E: MyErr{7}, S: c, P: &p, V: p, Items: []Celsius{3, 4}, M: map[Celsius]Celsius{5: 6}}
	fmt.Printf("%v\n%+v\n", w, w)
	var s fmt.Stringer = c
	fmt.Printf("%v %T %T\n", s, s, &s)
	fmt.Println(fmt.Sprint(c), fmt.Sprintf("%v", p), fmt.Sprint(&p))
	fmt.Printf("%x %X %q\n", Both{}, Both{}, Both{})
	fmt.Printf("%t %e\n", c, MyErr{1})
}

// CHECK: 21.5°C 21.5°C
// CHECK-NEXT: 21.5°C|21.5°C|"21.5°C"|32312e35c2b043|%!d(main.Celsius=21.5)|21.50|    21.5°C|21.5°C    |21.5
// CHECK-NEXT: {7} PtrStr#7
// CHECK-NEXT: {7} PtrStr#7 [PtrStr#7] [{%!s(int=7)}]
// CHECK-NEXT: error 3 error 4 [error 5 <nil>]
// CHECK-NEXT: error 1 error 2 "error 3" {4} error 5 main.MyErr{code:6}
// CHECK-NEXT: as error
// CHECK-NEXT: str Go! str [str]
// CHECK-NEXT: []interface {}{Go!, Go!}
// CHECK-NEXT: F{v w=-1,false p=-1,false flags= v=9}|F{d w=-1,false p=-1,false flags= v=9}|F{x w=5,true p=2,true flags= v=9}|F{s w=-1,false p=-1,false flags=-+#  v=9}|F{v w=-1,false p=-1,false flags=+ v=9}|F{v w=-1,false p=-1,false flags=# v=9}
// CHECK-NEXT: F{v w=-1,false p=-1,false flags= v=9} [F{v w=-1,false p=-1,false flags= v=1}]
// CHECK-NEXT: ff Hex(0xff) [a b] map[1:2]
// CHECK-NEXT: %!v(PANIC=String method: oops)|%!s(PANIC=String method: x)|{%!d(string=y)}
// CHECK-NEXT: %!v(PANIC=String method: in println) %!v(PANIC=Error method: boom)
// CHECK-NEXT: <nil> <nil> 0
// CHECK-NEXT: <nil> [<nil>]
// CHECK-NEXT: <nil>
// CHECK-NEXT: [<nil>] [<nil>]
// CHECK-NEXT: {1.0°C 2 error 7 21.5°C PtrStr#7 {7} [3.0°C 4.0°C] map[5.0°C:6.0°C]}
// CHECK-NEXT: {C:1.0°C c:2 E:error 7 S:21.5°C P:PtrStr#7 V:{n:7} Items:[3.0°C 4.0°C] M:map[5.0°C:6.0°C]}
// CHECK-NEXT: 21.5°C main.Celsius *fmt.Stringer
// CHECK-NEXT: 21.5°C {7} PtrStr#7
// CHECK-NEXT: 6173206572726f72 6173206572726F72 "as error"
// CHECK-NEXT: %!t(main.Celsius=21.5) {%!e(int=1)}
