// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Assignment count mismatches.

package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	var c int = two()
	d, e, f := two()
	_, _, _, _, _, _ = a, b, c, d, e, f
}

// CHECK: {{.*}}assignment_mismatch_forms.go:9:10: assignment mismatch: 2 variables but 1 value
// CHECK-NEXT: {{.*}}assignment_mismatch_forms.go:10:14: multiple-value two() (value of type (int, int)) in single-value context
// CHECK-NEXT: {{.*}}assignment_mismatch_forms.go:11:13: assignment mismatch: 3 variables but two returns 2 values
