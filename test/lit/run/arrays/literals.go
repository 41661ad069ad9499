// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Array literals: [...] length, indexed elements, zero fill.

package main

func main() {
	a := [...]int{5: 1, 2, 0: 7}
	println(len(a), a[0], a[1], a[5], a[6])
	b := [4]string{2: "two"}
	println(len(b), b[0] == "", b[2])
	var z [3]bool
	println(z[0], z[1], z[2])
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	println(len(m), len(m[0]), m[1][2])
}

// CHECK: 7 7 0 1 2
// CHECK-NEXT: 4 true two
// CHECK-NEXT: false false false
// CHECK-NEXT: 2 3 6
