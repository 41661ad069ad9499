// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A list of expressions must be followed by an assignment.
// CHECK: {{.*}}range_expecting_assign.go:7:6: syntax error: unexpected newline, expecting := or = or comma
package main

func main() {
	a, b
}
