// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Impossible conversions.

package main

type T struct{}

func main() {
	_ = int("a")
	_ = string(1.5)
	_ = T(1)
	var f float64
	_ = []int(f)
}

// CHECK: {{.*}}conversion_errors.go:9:10: cannot convert "a" (untyped string constant) to type int
// CHECK-NEXT: {{.*}}conversion_errors.go:10:13: cannot convert 1.5 (untyped float constant) to type string
// CHECK-NEXT: {{.*}}conversion_errors.go:11:8: cannot convert 1 (untyped int constant) to type T
// CHECK-NEXT: {{.*}}conversion_errors.go:13:12: cannot convert f (variable of type float64) to type []int
