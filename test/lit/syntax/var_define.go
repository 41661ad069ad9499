// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// var declarations use =, not :=.
// CHECK: {{.*}}var_define.go:6:7: syntax error: unexpected :=, expecting =
package main

var x := 1

func main() {}
