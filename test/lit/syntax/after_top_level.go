// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Junk after a top-level declaration.
// CHECK: {{.*}}after_top_level.go:6:11: syntax error: unexpected literal 2 after top level declaration
package main

var x = 1 2

func main() {}
