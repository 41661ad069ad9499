// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Two embedded fields at the same depth.

package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.X
}

// CHECK: {{.*}}ambiguous_selector.go:15:8: ambiguous selector c.X
