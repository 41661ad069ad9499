// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Capacity growth of append on slices of 24-byte structs and of strings.

package main

type T struct{ a, b, c int64 }

func main() {
	var s []T
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, T{})
		if cap(s) != last {
			last = cap(s)
			println("T", len(s), last)
		}
	}
	var ss []string
	last = -1
	for i := 0; i < 1000; i++ {
		ss = append(ss, "")
		if cap(ss) != last {
			last = cap(ss)
			println("string", len(ss), last)
		}
	}
}

// CHECK: T 1 1
// CHECK-NEXT: T 2 2
// CHECK-NEXT: T 3 4
// CHECK-NEXT: T 5 8
// CHECK-NEXT: T 9 16
// CHECK-NEXT: T 17 32
// CHECK-NEXT: T 33 64
// CHECK-NEXT: T 65 128
// CHECK-NEXT: T 129 256
// CHECK-NEXT: T 257 512
// CHECK-NEXT: T 513 853
// CHECK-NEXT: T 854 1365
// CHECK-NEXT: T 1366 2048
// CHECK-NEXT: string 1 1
// CHECK-NEXT: string 2 2
// CHECK-NEXT: string 3 4
// CHECK-NEXT: string 5 8
// CHECK-NEXT: string 9 16
// CHECK-NEXT: string 17 32
// CHECK-NEXT: string 33 64
// CHECK-NEXT: string 65 128
// CHECK-NEXT: string 129 256
// CHECK-NEXT: string 257 512
// CHECK-NEXT: string 513 848
// CHECK-NEXT: string 849 1280
