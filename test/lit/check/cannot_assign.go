// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Assignments to things that cannot be assigned.

package main

const c = 1

type T struct{ f int }

func f() int { return 1 }

func main() {
	c = 2
	f() = 3
	m := map[string]T{}
	m["a"].f = 1
}

// CHECK: {{.*}}cannot_assign.go:13:2: cannot assign to c (untyped int constant 1)
// CHECK-NEXT: {{.*}}cannot_assign.go:14:2: cannot assign to f() (value of type int)
// CHECK-NEXT: {{.*}}cannot_assign.go:16:2: cannot assign to struct field m["a"].f in map
