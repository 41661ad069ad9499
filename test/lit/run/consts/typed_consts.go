// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Typed constants keep their type in expressions.

package main

type Celsius float64

const Boiling Celsius = 100
const Mask uint8 = 0xf0

func main() {
	var c = Boiling / 3
	println(c)
	m := Mask
	m = ^m
	println(m)
	const s string = "typed"
	println(len(s), s)
}

// CHECK: +3.333333e+001
// CHECK-NEXT: 15
// CHECK-NEXT: 5 typed
