// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Statements are not allowed at top level.
// CHECK: {{.*}}nondecl_outside_func.go:6:1: syntax error: non-declaration statement outside function body
package main

x := 1

func main() {}
