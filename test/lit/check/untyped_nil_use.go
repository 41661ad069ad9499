// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Uses of untyped nil.

package main

func main() {
	x := nil
	var y int = nil
	_ = nil == nil
	_, _ = x, y
}

// CHECK: {{.*}}untyped_nil_use.go:7:7: use of untyped nil in assignment
// CHECK-NEXT: {{.*}}untyped_nil_use.go:8:14: cannot use nil as int value in variable declaration
// CHECK-NEXT: {{.*}}untyped_nil_use.go:9:13: invalid operation: nil == nil (operator == not defined on untyped nil)
