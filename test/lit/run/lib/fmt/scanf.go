// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: more scanning: widths, literal text, newlines in formats, Scanner
// implementations, Fscan over a plain reader, errors and counts.

package main

import (
	"fmt"
	"strings"
)

type upper string

func (u *upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	*u = upper(strings.ToUpper(string(tok)))
	return nil
}

type plain struct{ r *strings.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

func main() {
	var s, t string
	var i, j int
	var f float64
	n, err := fmt.Sscanf(" 1234567 ", "%5s%d", &s, &i)
	fmt.Println(n, err, s, i)
	n, err = fmt.Sscanf(" 12 34 567 ", "%5s%d", &s, &i)
	fmt.Println(n, err, s, i)
	n, err = fmt.Sscanf("a:1\nb:2", "a:%d\nb:%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("a:1 b:2", "a:%d\nb:%d", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("3.25e2 xyz", "%g %s", &f, &s)
	fmt.Println(n, err, f, s)
	n, err = fmt.Sscanf("7", "%d %d", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("7 8", "%d", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("7", "%d %d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("-0x1f", "%x", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1f", "%x", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("6869", "%x", &s)
	fmt.Println(n, err, s)
	var u upper
	n, err = fmt.Sscan("hello world", &u, &t)
	fmt.Println(n, err, u, t)
	var a, b, c int
	r := plain{strings.NewReader("10 20\n30 40")}
	n, err = fmt.Fscan(r, &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	sr := strings.NewReader("1 2\n3 4\n")
	for {
		n, err = fmt.Fscanln(sr, &a, &b)
		if err != nil {
			fmt.Println("stop", n, err)
			break
		}
		fmt.Println("line", a, b)
	}
	var x8 int8
	n, err = fmt.Sscan("200", &x8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5x", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err)
	var bs []byte
	var bo bool
	n, err = fmt.Sscan("bytes TRUE", &bs, &bo)
	fmt.Println(n, err, string(bs), bo)
	n, err = fmt.Sscan("tru", &bo)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", i)
	fmt.Println(n, err)
	var cx complex128
	n, err = fmt.Sscan("(1+2i)", &cx)
	fmt.Println(n, err, cx)
	n, err = fmt.Sscanf("x", "%d", &s)
	fmt.Println(n, err)
}

// CHECK: 2 <nil> 12345 67
// CHECK-NEXT: 2 <nil> 12 34
// CHECK-NEXT: 2 <nil> 1 2
// CHECK-NEXT: 1 newline in format does not match input 1
// CHECK-NEXT: 2 <nil> 325 xyz
// CHECK-NEXT: 1 EOF 7
// CHECK-NEXT: 1 too many operands 7
// CHECK-NEXT: 1 too few operands for format '%d'
// CHECK-NEXT: 1 <nil> 50
// CHECK-NEXT: 1 <nil> 0
// CHECK-NEXT: 1 <nil> 31
// CHECK-NEXT: 1 <nil> hi
// CHECK-NEXT: 2 <nil> HELLO world
// CHECK-NEXT: 3 <nil> 10 20 30
// CHECK-NEXT: line 1 2
// CHECK-NEXT: line 3 4
// CHECK-NEXT: stop 0 EOF
// CHECK-NEXT: 0 integer overflow on token 200
// CHECK-NEXT: 0 strconv.ParseInt: parsing "99999999999999999999": value out of range
// CHECK-NEXT: 1 <nil> 1.5
// CHECK-NEXT: 0 strconv.ParseFloat: parsing "": invalid syntax
// CHECK-NEXT: 2 <nil> bytes true
// CHECK-NEXT: 0 syntax error scanning boolean
// CHECK-NEXT: 0 type not a pointer: int
// CHECK-NEXT: 1 <nil> (1+2i)
// CHECK-NEXT: 0 bad verb '%d' for string
