// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The opening brace of an if body must be on the same line.
// CHECK: {{.*}}if_brace_newline.go:8:6: syntax error: unexpected newline, expecting { after if clause
package main

func main() {
	x := true
	if x
	{
	}
}
