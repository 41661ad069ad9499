// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// REQUIRES: golite
// golite-only: generics are out of scope (go tool compile accepts this file).
// Type parameter lists are parsed and rejected with one clear error each.
package main

// CHECK: {{.*}}generics_func.go:[[@LINE+1]]:7: generic type parameters not supported
func f[T any](x T) T { return x }

func main() {}
