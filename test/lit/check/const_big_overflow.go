// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A huge untyped constant defaulted to int.

package main

const big = 1 << 100

func main() {
	x := big
	_ = x
}

// CHECK: {{.*}}const_big_overflow.go:9:7: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in assignment (overflows)
