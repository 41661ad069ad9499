// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// make([]T, len, cap) and zero values of elements.

package main

func main() {
	s := make([]string, 2, 5)
	println(len(s), cap(s), s[0] == "", s[1] == "")
	b := make([]bool, 3)
	println(b[0], b[2], len(b), cap(b))
	n := 4
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, i)
	}
	println(len(m[0]), len(m[3]))
}

// CHECK: 2 5 true true
// CHECK-NEXT: false false 3 3
// CHECK-NEXT: 0 3
