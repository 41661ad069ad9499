// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Operators not defined on a type.

package main

func main() {
	s := "a"
	b := true
	println(s - s, -b, !s)
}

// CHECK: {{.*}}invalid_operation_operator.go:9:10: invalid operation: operator - not defined on s (variable of type string)
// CHECK-NEXT: {{.*}}invalid_operation_operator.go:9:18: invalid operation: operator - not defined on b (variable of type bool)
// CHECK-NEXT: {{.*}}invalid_operation_operator.go:9:22: invalid operation: operator ! not defined on s (variable of type string)
