// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A non-constant shift whose untyped operand gets a float type from context.

package main

func main() {
	var s uint = 2
	var f float64 = 1 << s
	_ = f
}

// CHECK: {{.*}}shift_float_context.go:8:18: invalid operation: 1 << s (shift of type float64)
