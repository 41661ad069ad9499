// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A float constant assigned to an integer.

package main

func main() {
	var x int = 1.5
	y := int32(1) + 1e10
	_, _ = x, y
}

// CHECK: {{.*}}const_truncated.go:7:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
// CHECK-NEXT: {{.*}}const_truncated.go:8:18: 1e10 (untyped float constant 1e+10) truncated to int32
