// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// for with condition only, infinite with break, and post-statements.

package main

func main() {
	n := 1
	for n < 100 {
		n *= 3
	}
	println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		println(i, j)
	}
	var c int
	for c = 0; c < 3; c++ {
	}
	println(c)
}

// CHECK: 243
// CHECK-NEXT: 4
// CHECK-NEXT: 0 10
// CHECK-NEXT: 1 8
// CHECK-NEXT: 2 6
// CHECK-NEXT: 3 4
// CHECK-NEXT: 3
