// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// REQUIRES: golite
// golite-only: generics are out of scope (go tool compile accepts this file).
package main

// CHECK: {{.*}}generics_type.go:[[@LINE+2]]:10: generic type parameters not supported
// CHECK: {{.*}}generics_type.go:[[@LINE+2]]:12: generic type instantiation not supported
type List[T any] struct {
	next *List[T]
	val  T
}

// CHECK: {{.*}}generics_type.go:[[@LINE+1]]:12: generic type instantiation not supported
var l *List[int]

// CHECK: {{.*}}generics_type.go:[[@LINE+1]]:9: generic type parameters not supported
type Num[T ~int | ~float64] T

func main() {}
