// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only the first syntax error of a line is reported.
// CHECK: {{.*}}one_syntax_error_per_line.go:8:8: syntax error: unexpected }, expecting expression
// CHECK: {{.*}}one_syntax_error_per_line.go:10:1: syntax error: unexpected }, expecting expression
package main

func main() {
	x := [}{ ]
	y := 1 +
}
