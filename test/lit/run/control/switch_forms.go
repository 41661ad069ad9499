// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// switch with init statements, no tag, and case lists evaluated in order.

package main

func val(n int) int {
	println("eval", n)
	return n
}

func main() {
	switch x := 5; x {
	case val(1), val(5), val(7):
		println("matched five")
	case val(9):
		println("nine")
	}
	switch y := 3; {
	case y > 2:
		println("y > 2")
	}
	switch {
	}
	x := 2
	switch x {
	default:
		println("default first")
	case 1:
		println("one")
	}
}

// CHECK: eval 1
// CHECK-NEXT: eval 5
// CHECK-NEXT: matched five
// CHECK-NEXT: y > 2
// CHECK-NEXT: default first
