// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fallthrough transfers control to the next case body.

package main

func classify(n int) {
	switch {
	case n < 0:
		println(n, "negative")
		fallthrough
	case n == 0:
		println(n, "non-positive")
	case n > 100:
		println(n, "big")
		fallthrough
	default:
		println(n, "default")
	}
}

func main() {
	classify(-1)
	classify(0)
	classify(500)
	classify(5)
}

// CHECK: -1 negative
// CHECK-NEXT: -1 non-positive
// CHECK-NEXT: 0 non-positive
// CHECK-NEXT: 500 big
// CHECK-NEXT: 500 default
// CHECK-NEXT: 5 default
