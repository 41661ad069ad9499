// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// else must follow the closing brace on the same line.
// CHECK: {{.*}}else_newline.go:10:2: syntax error: unexpected else, expecting }
package main

func main() {
	x := true
	if x {
	}
	else {
	}
}
