// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Embedded struct fields cannot be parenthesized.
// CHECK: {{.*}}embedded_parenthesized.go:7:2: syntax error: cannot parenthesize embedded type
package main

type T struct {
	(U)
}

type U int

func main() {}
