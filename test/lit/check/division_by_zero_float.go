// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Division by a constant zero, integer and float.

package main

func main() {
	x := 10
	_ = x / 0
	_ = x % 0
	_ = 1.0 / 0.0
}

// CHECK: {{.*}}division_by_zero_float.go:8:10: invalid operation: division by zero
// CHECK-NEXT: {{.*}}division_by_zero_float.go:9:10: invalid operation: division by zero
// CHECK-NEXT: {{.*}}division_by_zero_float.go:10:12: invalid operation: division by zero
