// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Interface values are equal when dynamic types and values are equal.

package main

type A int
type B int

func main() {
	var x, y interface{} = 1, 1
	println(x == y)
	x, y = A(1), B(1)
	println(x == y)
	x, y = "s", "s"
	println(x == y)
	var z interface{}
	println(z == nil, x == nil)
	x = [2]int{1, 2}
	y = [2]int{1, 2}
	println(x == y, x != y)
	var i interface{} = 5
	println(i == 5, i == 6)
}

// CHECK: true
// CHECK-NEXT: false
// CHECK-NEXT: true
// CHECK-NEXT: true false
// CHECK-NEXT: true false
// CHECK-NEXT: true false
