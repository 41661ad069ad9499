// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// append(s[:i], s[i+1:]...) removes an element in place.

package main

func main() {
	s := []int{0, 1, 2, 3, 4}
	s = append(s[:2], s[3:]...)
	for _, v := range s {
		print(v, " ")
	}
	println(len(s), cap(s))
	s = append(s[:1], append([]int{9, 8}, s[1:]...)...)
	for _, v := range s {
		print(v, " ")
	}
	println(len(s))
}

// CHECK: 0 1 3 4 4 5
// CHECK-NEXT: 0 9 8 1 3 4 6
