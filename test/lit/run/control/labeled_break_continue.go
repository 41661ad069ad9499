// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Labeled break and continue apply to the named outer loop.

package main

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			println(i, j)
		}
	}
	println("done")
}

// CHECK: 0 0
// CHECK-NEXT: 0 1
// CHECK-NEXT: 1 0
// CHECK-NEXT: 1 1
// CHECK-NEXT: 2 0
// CHECK-NEXT: 2 1
// CHECK-NEXT: done
