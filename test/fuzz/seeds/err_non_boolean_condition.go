// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Conditions must be boolean.

package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
}

// CHECK: {{.*}}non_boolean_condition.go:8:5: non-boolean condition in if statement
// CHECK-NEXT: {{.*}}non_boolean_condition.go:10:6: non-boolean condition in for statement
