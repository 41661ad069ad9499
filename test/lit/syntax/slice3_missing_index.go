// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A 3-index slice needs the middle and final index.
// CHECK: {{.*}}slice3_missing_index.go:9:10: middle index required in 3-index slice
// CHECK: {{.*}}slice3_missing_index.go:10:12: final index required in 3-index slice
package main

func main() {
	var s []int
	_ = s[1::3]
	_ = s[1:2:]
}
