// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Recursive permutation generation with slices and backtracking.

package main

func permute(a []int, k int, out *[][]int) {
	if k == len(a) {
		*out = append(*out, append([]int(nil), a...))
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

func main() {
	var out [][]int
	permute([]int{1, 2, 3}, 0, &out)
	for _, p := range out {
		println(p[0], p[1], p[2])
	}
	println(len(out))
}

// CHECK: 1 2 3
// CHECK-NEXT: 1 3 2
// CHECK-NEXT: 2 1 3
// CHECK-NEXT: 2 3 1
// CHECK-NEXT: 3 2 1
// CHECK-NEXT: 3 1 2
// CHECK-NEXT: 6
