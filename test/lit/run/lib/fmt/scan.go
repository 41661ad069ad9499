// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: the basics of Sscan, Sscanln and Sscanf: integers in several bases,
// floats, strings, bools, defined types, counts and the common errors.

package main

import "fmt"

type Age int

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	n, err := fmt.Sscan("12 -7\n  word 2.5 true", &a, &b, &s, &f, &ok)
	fmt.Println(n, err, a, b, s, f, ok)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	var x, y int
	var name string
	n, err = fmt.Sscanf("pos=(3,4) name=bob", "pos=(%d,%d) name=%s", &x, &y, &name)
	fmt.Println(n, err, x, y, name)
	var h, o, bi int
	n, err = fmt.Sscanf("ff 17 101", "%x %o %b", &h, &o, &bi)
	fmt.Println(n, err, h, o, bi)
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("10+20", "%d-%d", &a, &b)
	fmt.Println(n, err, a)
	var age Age
	var u8 uint8
	var f32 float32
	n, err = fmt.Sscan("42 200 1e3", &age, &u8, &f32)
	fmt.Println(n, err, age, u8, f32)
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b11 017 1_000", &a, &b, &x, &y)
	fmt.Println(n, err, a, b, x, y)
	var r rune
	n, err = fmt.Sscanf("Z9", "%c%d", &r, &a)
	fmt.Println(n, err, string(r), a)
	var q string
	n, err = fmt.Sscanf(`"hi there" 5`, "%q %d", &q, &a)
	fmt.Println(n, err, q, a)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &q)
	fmt.Println(n, err, s, q)
	n, err = fmt.Sscan("maybe", &ok)
	fmt.Println(n, err)
}

// CHECK: 5 <nil> 12 -7 word 2.5 true
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 1 EOF 5
// CHECK-NEXT: 0 expected integer
// CHECK-NEXT: 2 <nil> 1 2
// CHECK-NEXT: 1 unexpected newline
// CHECK-NEXT: 2 expected newline
// CHECK-NEXT: 3 <nil> 3 4 bob
// CHECK-NEXT: 3 <nil> 255 15 5
// CHECK-NEXT: 2 <nil> 10 20
// CHECK-NEXT: 1 input does not match format 10
// CHECK-NEXT: 3 <nil> 42 200 1000
// CHECK-NEXT: 0 unsigned integer overflow on token 300
// CHECK-NEXT: 4 <nil> 31 3 15 1000
// CHECK-NEXT: 2 <nil> Z 9
// CHECK-NEXT: 2 <nil> hi there 5
// CHECK-NEXT: 2 <nil> abc def
// CHECK-NEXT: 1 <nil>
