// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Parameters must be all named or all unnamed.
// CHECK: {{.*}}mixed_params.go:6:15: syntax error: mixed named and unnamed parameters
package main

func f(a int, string) {}

func main() {}
