// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: scanning edge cases: signs, bases and prefixes, floats in every
// notation, %c, spaces and newlines in formats, literal %, widths, quoted
// strings, Scanln endings, bad verbs and operand counts, Fscan/Fscanf.

package main

import (
	"fmt"
	"strings"
)

type Temp float64
type Name string

func main() {
	var a, b int
	var s string
	var f float32
	var t Temp
	var nm Name
	var u uint
	var r rune
	var by byte
	try := func(n int, err error) { fmt.Println(n, err) }
	try(fmt.Sscan("  +5\t-6", &a, &b))
	fmt.Println(a, b)
	try(fmt.Sscan("3.5 hello 7", &t, &nm, &u))
	fmt.Println(t, nm, u)
	try(fmt.Sscan("-3", &u))
	try(fmt.Sscan("1e40", &f))
	try(fmt.Sscan("0x1p-2 inf -Inf nan", &f, &t, &t, &t))
	fmt.Println(f)
	try(fmt.Sscanf("abc", "%c%c", &r, &by))
	fmt.Println(r, by)
	try(fmt.Sscanf("12 34", "%d%d", &a, &b))
	try(fmt.Sscanf("12 34", "%d %d", &a, &b))
	try(fmt.Sscanf("12   34", "%d  %d", &a, &b))
	try(fmt.Sscanf("12\n34", "%d %d", &a, &b))
	try(fmt.Sscanf("12 \n 34", "%d \n %d", &a, &b))
	try(fmt.Sscanf("1,2", "%d,%d", &a, &b))
	try(fmt.Sscanf("1 ,2", "%d,%d", &a, &b))
	try(fmt.Sscanf("x=1", "y=%d", &a))
	try(fmt.Sscanf("", "%d", &a))
	try(fmt.Sscanf("5", "", &a))
	try(fmt.Sscanf("5 6", "%d", &a))
	try(fmt.Sscanf("  hello", "%5s", &s))
	fmt.Println(s)
	try(fmt.Sscanf("0b101 0o17 0x_1F", "%v %v %v", &a, &b, &u))
	fmt.Println(a, b, u)
	try(fmt.Sscanf("101", "%b", &a))
	try(fmt.Sscanf("0x10", "%d", &a))
	fmt.Println(a)
	try(fmt.Sscanf("`raw` \"q\\tx\"", "%q %q", &s, &nm))
	fmt.Println(s, nm)
	try(fmt.Sscanln("1 2", &a))
	try(fmt.Sscanln("", &a))
	try(fmt.Sscanln("\n", &a))
	try(fmt.Sscan("\n\n 4", &a))
	fmt.Println(a)
	try(fmt.Sscan("true false T F 1 0", new(bool), new(bool), new(bool), new(bool), new(bool), new(bool)))
	try(fmt.Sscan("1", new([]int)))
	var sl []byte
	try(fmt.Sscanf("hi", "%s", &sl))
	fmt.Println(string(sl))
	rd := strings.NewReader("10 abc 2.5\n")
	try(fmt.Fscan(rd, &a, &s, &t))
	fmt.Println(a, s, t)
	try(fmt.Fscanf(strings.NewReader("7-8"), "%d-%d", &a, &b))
	fmt.Println(a, b)
	try(fmt.Sscanf("3", "%d%%", &a))
	try(fmt.Sscanf("3 %", "%d %%", &a))
	try(fmt.Sscanf("ab", "%x", &a))
	try(fmt.Sscanf("4", "%s", &a))
	try(fmt.Sscanf("4", "%z", &a))
	try(fmt.Sscanf("1.5", "%d", &f))
	try(fmt.Sscanf("(1+2i)", "%v", new(complex64)))
	try(fmt.Sscanf("1", "%d %d"))
}

// CHECK: 2 <nil>
// CHECK-NEXT: 5 -6
// CHECK-NEXT: 3 <nil>
// CHECK-NEXT: 3.5 hello 7
// CHECK-NEXT: 0 expected integer
// CHECK-NEXT: 0 strconv.ParseFloat: parsing "1e40": value out of range
// CHECK-NEXT: 4 <nil>
// CHECK-NEXT: 0.25
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: 97 98
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: 1 newline in input does not match format
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: 1 input does not match format
// CHECK-NEXT: 0 input does not match format
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 too many operands
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: hello
// CHECK-NEXT: 3 <nil>
// CHECK-NEXT: 5 15 31
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 0
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: raw q	x
// CHECK-NEXT: 1 expected newline
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 unexpected newline
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 4
// CHECK-NEXT: 6 <nil>
// CHECK-NEXT: 0 can't scan type: *[]int
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: hi
// CHECK-NEXT: 3 <nil>
// CHECK-NEXT: 10 abc 2.5
// CHECK-NEXT: 2 <nil>
// CHECK-NEXT: 7 8
// CHECK-NEXT: 1 unexpected EOF
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 0 bad verb '%s' for integer
// CHECK-NEXT: 0 bad verb '%z' for integer
// CHECK-NEXT: 0 bad verb '%d' for float32
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 0 too few operands for format '%d %d'
