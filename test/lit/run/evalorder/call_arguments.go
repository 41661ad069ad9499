// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Operands and call arguments are evaluated left to right.

package main

func v(tag string, n int) int {
	println("eval", tag)
	return n
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	println(three(v("a", 1), v("b", 2), v("c", 3)))
	x := v("l", 1) + v("r", 2)*v("rr", 3)
	println(x)
	s := []int{v("e0", 0), v("e1", 1)}
	println(len(s))
}

// CHECK: eval a
// CHECK-NEXT: eval b
// CHECK-NEXT: eval c
// CHECK-NEXT: 123
// CHECK-NEXT: eval l
// CHECK-NEXT: eval r
// CHECK-NEXT: eval rr
// CHECK-NEXT: 7
// CHECK-NEXT: eval e0
// CHECK-NEXT: eval e1
// CHECK-NEXT: 2
