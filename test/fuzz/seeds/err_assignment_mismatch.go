// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Assigning a multi-value call to the wrong number of variables.

package main

func two() (int, int) { return 1, 2 }

func main() {
	a := two()
	var b, c, d = two()
	println(a, b, c, d)
}

// CHECK: {{.*}}assignment_mismatch.go:9:7: assignment mismatch: 1 variable but two returns 2 values
// CHECK-NEXT: {{.*}}assignment_mismatch.go:10:16: assignment mismatch: 3 variables but two returns 2 values
