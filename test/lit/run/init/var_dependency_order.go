// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Package variables are initialised in dependency order, not source order.

package main

var a = b + 1
var b = f()
var c, d = 10, a * 2

func f() int {
	println("f called")
	return 41
}

func main() {
	println(a, b, c, d)
}

// CHECK: f called
// CHECK-NEXT: 42 41 10 84
