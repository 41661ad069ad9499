// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Boolean constants and comparisons of constants.

package main

const debug = false
const yes = 1 < 2

func main() {
	if debug {
		println("debug")
	}
	println(yes, !yes, yes == debug, yes != debug)
	println("a" < "b", "abc" == "abc")
}

// CHECK: true false false true
// CHECK-NEXT: true true
