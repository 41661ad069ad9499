// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Full slice expressions s[lo:hi:max] limit capacity.

package main

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:3:4]
	println(len(s), cap(s))
	s = append(s, 100)
	println(a[3])
	s = append(s, 200)
	s[0] = -1
	println(a[1], a[4], len(s), cap(s) >= 4)
	t := a[:0:0]
	println(len(t), cap(t))
}

// CHECK: 2 3
// CHECK-NEXT: 100
// CHECK-NEXT: 1 4 4 true
// CHECK-NEXT: 0 0
