// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Comparisons of slices, maps, functions and structs containing them.

package main

type S struct{ f []int }

func main() {
	var a, b []int
	_ = a == b
	var s, t S
	_ = s == t
	var f func()
	_ = f == nil
	_ = f == f
}

// CHECK: {{.*}}compare_incomparable.go:10:6: invalid operation: a == b (slice can only be compared to nil)
// CHECK-NEXT: {{.*}}compare_incomparable.go:12:6: invalid operation: s == t (struct containing []int cannot be compared)
// CHECK-NEXT: {{.*}}compare_incomparable.go:15:6: invalid operation: f == f (func can only be compared to nil)
