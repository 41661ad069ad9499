// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Division by a constant zero is a compile-time error.

package main

func main() {
	x := 10
	println(x / 0)
	println(1.5 / 0)
}

// CHECK: {{.*}}division_by_zero_constant.go:8:14: invalid operation: division by zero
// CHECK-NEXT: {{.*}}division_by_zero_constant.go:9:16: invalid operation: division by zero
