// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Two expressions in a row need a separator.
// CHECK: {{.*}}stmt_end.go:7:9: syntax error: unexpected literal 2 at end of statement
package main

func main() {
	x := 1 2
	_ = x
}
