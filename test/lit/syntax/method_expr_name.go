// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A selector needs a name.
// CHECK: {{.*}}method_expr_name.go:8:7: syntax error: unexpected literal .1 at end of statement
package main

func main() {
	x := 1
	_ = x.1
}
