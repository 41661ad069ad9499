// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Multi-valued and no-value calls in single-value contexts.

package main

func two() (int, int) { return 1, 2 }
func none()           {}

func main() {
	x := two() + 1
	y := none()
	_, _ = x, y
}

// CHECK: {{.*}}multi_value_context.go:10:7: multiple-value two() (value of type (int, int)) in single-value context
// CHECK-NEXT: {{.*}}multi_value_context.go:11:7: none() (no value) used as value
