// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A for clause with init needs the second semicolon.
// CHECK: {{.*}}for_missing_cond.go:7:14: syntax error: unexpected {, expecting for loop condition
package main

func main() {
	for i := 0; {
	}
}
