// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Assignment operations with mismatched types.

package main

func main() {
	x := 1
	x += "a"
	var f float64
	x -= f
}

// CHECK: {{.*}}op_assign_mismatch.go:8:2: invalid operation: x += "a" (mismatched types int and untyped string)
// CHECK-NEXT: {{.*}}op_assign_mismatch.go:10:2: invalid operation: x -= f (mismatched types int and float64)
