// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Values used as types and types used as values.

package main

var v int

func main() {
	var x v
	_ = int
	_ = x
}

// CHECK: {{.*}}not_a_type.go:9:8: v (variable of type int) is not a type
// CHECK-NEXT: {{.*}}not_a_type.go:10:6: int (type) is not an expression
