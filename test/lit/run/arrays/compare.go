// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Arrays of comparable elements compare element by element.

package main

type P struct{ x, y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	println(a == b, a == c, a != c)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y"}
	println(s1 == s2)
	p1 := [2]P{{1, 2}, {3, 4}}
	p2 := [2]P{{1, 2}, {3, 5}}
	println(p1 == p2, p1[0] == p2[0])
}

// CHECK: true false true
// CHECK-NEXT: true
// CHECK-NEXT: false true
