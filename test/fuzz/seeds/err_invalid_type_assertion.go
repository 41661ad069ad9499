// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Type assertions require an interface operand and an implementing type.

package main

type I interface{ M() }
type T struct{}

func main() {
	x := 5
	_ = x.(int)
	var i I
	_ = i.(T)
}

// CHECK: {{.*}}invalid_type_assertion.go:11:6: invalid operation: x (variable of type int) is not an interface
// CHECK-NEXT: {{.*}}invalid_type_assertion.go:13:6: impossible type assertion: i.(T)
// CHECK-NEXT: 	T does not implement I (missing M method)
