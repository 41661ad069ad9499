// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Constant indexes out of range are compile-time errors.

package main

func main() {
	a := [3]int{}
	println(a[5])
	s := "ab"
	println(s[-1])
}

// CHECK: {{.*}}index_out_of_range_constant.go:8:12: invalid argument: index 5 out of bounds [0:3]
// CHECK-NEXT: {{.*}}index_out_of_range_constant.go:10:12: invalid argument: index -1 (constant of type int) must not be negative
