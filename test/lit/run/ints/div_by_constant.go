// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Division and modulo by constants (strength-reduced by compilers) keep Go's semantics.

package main

func main() {
	for _, x := range []int32{-100, -17, -1, 0, 1, 17, 100, 2147483647, -2147483648} {
		println(x, x/3, x%3, x/-7, x%-7, x/16, x%16)
	}
	for _, y := range []uint32{0, 5, 4294967295} {
		println(y, y/3, y%3, y/16, y%16)
	}
}

// CHECK: -100 -33 -1 14 -2 -6 -4
// CHECK-NEXT: -17 -5 -2 2 -3 -1 -1
// CHECK-NEXT: -1 0 -1 0 -1 0 -1
// CHECK-NEXT: 0 0 0 0 0 0 0
// CHECK-NEXT: 1 0 1 0 1 0 1
// CHECK-NEXT: 17 5 2 -2 3 1 1
// CHECK-NEXT: 100 33 1 -14 2 6 4
// CHECK-NEXT: 2147483647 715827882 1 -306783378 1 134217727 15
// CHECK-NEXT: -2147483648 -715827882 -2 306783378 -2 -134217728 0
// CHECK-NEXT: 0 0 0 0 0
// CHECK-NEXT: 5 1 2 0 5
// CHECK-NEXT: 4294967295 1431655765 0 268435455 15
