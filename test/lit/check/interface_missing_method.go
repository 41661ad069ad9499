// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Interface satisfaction failures with wrong signature.

package main

type I interface{ M(int) string }

type A struct{}

func (A) M() string { return "" }

type B struct{}

func (B) m(int) string { return "" }

func main() {
	var i I = A{}
	i = B{}
	_ = i
}

// CHECK: {{.*}}interface_missing_method.go:17:12: cannot use A{} (value of type A) as type I in variable declaration:
// CHECK-NEXT: 	A does not implement I (wrong type for M method)
// CHECK-NEXT: 		have M() string
// CHECK-NEXT: 		want M(int) string
// CHECK-NEXT: {{.*}}interface_missing_method.go:18:6: cannot use B{} (value of type B) as type I in assignment:
// CHECK-NEXT: 	B does not implement I (missing M method)
// CHECK-NEXT: 		have m(int) string
// CHECK-NEXT: 		want M(int) string
