// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range evaluates the slice once: appending inside the loop does not extend it.

package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		println(i, v)
	}
	println(len(s))
	t := []int{1, 2, 3}
	for i := range t {
		t[len(t)-1-i] = 0
		println(t[i])
	}
}

// CHECK: 0 1
// CHECK-NEXT: 1 2
// CHECK-NEXT: 2 3
// CHECK-NEXT: 6
// CHECK-NEXT: 1
// CHECK-NEXT: 0
// CHECK-NEXT: 0
