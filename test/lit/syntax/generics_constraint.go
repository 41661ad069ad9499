// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// REQUIRES: golite
// golite-only: interfaces with type sets only exist for generics.
package main

type Number interface {
	// CHECK: {{.*}}generics_constraint.go:[[@LINE+1]]:2: generic type constraints not supported
	~int | float64
}

func main() {}
