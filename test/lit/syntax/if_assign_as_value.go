// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An assignment cannot be used as an if condition.
// CHECK: {{.*}}if_assign_as_value.go:8:7: syntax error: cannot use assignment (x) = (1) as value
package main

func main() {
	x := 0
	if x = 1 {
	}
}
