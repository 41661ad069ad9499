// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// ... in a parameter list needs a type.
// CHECK: {{.*}}dots_missing_type.go:6:13: syntax error: ... is missing type
package main

func f(a ...) {}

func main() {}
