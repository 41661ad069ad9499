// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range over an array iterates over a copy; range over a pointer does not.

package main

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		println(i, v)
	}
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		b[2] = 100
		println(i, v)
	}
}

// CHECK: 0 1
// CHECK-NEXT: 1 2
// CHECK-NEXT: 2 3
// CHECK-NEXT: 0 1
// CHECK-NEXT: 1 2
// CHECK-NEXT: 2 100
