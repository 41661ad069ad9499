// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The select keyword must be followed by a block.
// CHECK: {{.*}}missing_select_brace.go:8:9: syntax error: missing { after select clause
package main

func main() {
	x := 1
	select x {
	}
}
