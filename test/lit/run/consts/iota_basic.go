// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// iota counts constant specs within a declaration block.

package main

const (
	A = iota
	B
	C
	_
	E
)

const (
	X = iota * 10
	Y
	Z = "z"
	W
	V = iota
)

func main() {
	println(A, B, C, E)
	println(X, Y, Z, W, V)
}

// CHECK: 0 1 2 4
// CHECK-NEXT: 0 10 z z 4
