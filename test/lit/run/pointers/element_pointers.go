// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Pointers to slice elements, array elements and struct fields.

package main

type S struct{ a, b int }

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 20
	sl := []int{4, 5, 6}
	q := &sl[2]
	*q = 60
	s := S{1, 2}
	r := &s.b
	*r = 200
	println(arr[1], sl[2], s.b)
	sl = append(sl, 7)
	*q = 61
	println(sl[2] == 61 || sl[2] == 60)
}

// CHECK: 20 60 200
// CHECK-NEXT: true
