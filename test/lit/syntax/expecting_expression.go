// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An operand is missing.
// CHECK: {{.*}}expecting_expression.go:7:11: syntax error: unexpected ), expecting expression
package main

func main() {
	x := 1 + )
}
