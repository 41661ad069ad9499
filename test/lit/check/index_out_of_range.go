// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Constant indices out of range.

package main

func main() {
	var a [3]int
	_ = a[5]
	_ = "abc"[10]
	_ = a[-1]
	s := []int{1, 2}
	_ = s[1:0]
}

// CHECK: {{.*}}index_out_of_range.go:8:8: invalid argument: index 5 out of bounds [0:3]
// CHECK-NEXT: {{.*}}index_out_of_range.go:9:12: invalid argument: index 10 out of bounds [0:3]
// CHECK-NEXT: {{.*}}index_out_of_range.go:10:8: invalid argument: index -1 (constant of type int) must not be negative
// CHECK-NEXT: {{.*}}index_out_of_range.go:12:10: invalid slice indices: 0 < 1
