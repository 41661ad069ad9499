// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Unary and binary operators on the wrong types.

package main

func main() {
	x := 1
	s := "a"
	_ = !x
	_ = -s
	_ = s * s
	_ = ^1.5
}

// CHECK: {{.*}}operator_not_defined.go:9:7: invalid operation: operator ! not defined on x (variable of type int)
// CHECK-NEXT: {{.*}}operator_not_defined.go:10:7: invalid operation: operator - not defined on s (variable of type string)
// CHECK-NEXT: {{.*}}operator_not_defined.go:11:6: invalid operation: operator * not defined on s (variable of type string)
// CHECK-NEXT: {{.*}}operator_not_defined.go:12:7: invalid operation: operator ^ not defined on 1.5 (untyped float constant)
