// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Comparing slices, maps and funcs to each other is invalid.

package main

func main() {
	a := []int{1}
	b := []int{1}
	println(a == b)
	f := func() {}
	println(f == f)
}

// CHECK: {{.*}}invalid_operation_compare.go:9:10: invalid operation: a == b (slice can only be compared to nil)
// CHECK-NEXT: {{.*}}invalid_operation_compare.go:11:10: invalid operation: f == f (func can only be compared to nil)
