// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Negative and non-integer shift counts.

package main

func main() {
	x := 1 << -1
	y := 1 << 1.5
	_, _ = x, y
}

// CHECK: {{.*}}shift_negative_count.go:7:12: invalid operation: negative shift count -1 (untyped int constant)
// CHECK-NEXT: {{.*}}shift_negative_count.go:8:12: 1.5 (untyped float constant) truncated to uint
