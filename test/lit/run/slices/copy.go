// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// copy copies min(len(dst), len(src)) elements, handling overlap.

package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	n := copy(s[1:], s)
	println(n)
	show(s)
	t := []int{1, 2, 3, 4, 5}
	n = copy(t, t[2:])
	println(n)
	show(t)
	small := make([]int, 2)
	println(copy(small, []int{7, 8, 9}))
	show(small)
	println(copy(small, []int(nil)))
}

// CHECK: 4
// CHECK-NEXT: 1 1 2 3 4 
// CHECK-NEXT: 3
// CHECK-NEXT: 3 4 5 4 5 
// CHECK-NEXT: 2
// CHECK-NEXT: 7 8 
// CHECK-NEXT: 0
