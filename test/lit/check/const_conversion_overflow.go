// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Constant conversions and constant arithmetic on typed constants.

package main

func main() {
	a := byte(300)
	var b int8 = 1
	b = b + 200
	_, _ = a, b
}

// CHECK: {{.*}}const_conversion_overflow.go:7:12: cannot convert 300 (untyped int constant) to type byte
// CHECK-NEXT: {{.*}}const_conversion_overflow.go:9:10: 200 (untyped int constant) overflows int8
