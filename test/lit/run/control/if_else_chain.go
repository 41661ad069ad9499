// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// if with init statements and else-if chains; init variables scoped to the chain.

package main

func sign(x int) string {
	if x < 0 {
		return "neg"
	} else if x == 0 {
		return "zero"
	} else {
		return "pos"
	}
}

func main() {
	println(sign(-3), sign(0), sign(9))
	if v := 10; v > 5 {
		println("big", v)
	} else if w := v * 2; w > 5 {
		println("unreachable", w)
	} else {
		println(v, w)
	}
}

// CHECK: neg zero pos
// CHECK-NEXT: big 10
