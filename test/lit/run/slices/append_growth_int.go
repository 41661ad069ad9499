// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Capacity growth of append on []int (Go 1.19's growslice and size classes).

package main

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			println(len(s), last)
		}
	}
}

// CHECK: 1 1
// CHECK-NEXT: 2 2
// CHECK-NEXT: 3 4
// CHECK-NEXT: 5 8
// CHECK-NEXT: 9 16
// CHECK-NEXT: 17 32
// CHECK-NEXT: 33 64
// CHECK-NEXT: 65 128
// CHECK-NEXT: 129 256
// CHECK-NEXT: 257 512
// CHECK-NEXT: 513 848
// CHECK-NEXT: 849 1280
// CHECK-NEXT: 1281 1792
// CHECK-NEXT: 1793 2560
// CHECK-NEXT: 2561 3408
// CHECK-NEXT: 3409 5120
