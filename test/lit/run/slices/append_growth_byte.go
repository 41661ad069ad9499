// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Capacity growth of append on []byte.

package main

func main() {
	var s []byte
	last := -1
	for i := 0; i < 20000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			last = cap(s)
			println(len(s), last)
		}
	}
}

// CHECK: 1 8
// CHECK-NEXT: 9 16
// CHECK-NEXT: 17 32
// CHECK-NEXT: 33 64
// CHECK-NEXT: 65 128
// CHECK-NEXT: 129 256
// CHECK-NEXT: 257 512
// CHECK-NEXT: 513 896
// CHECK-NEXT: 897 1408
// CHECK-NEXT: 1409 2048
// CHECK-NEXT: 2049 3072
// CHECK-NEXT: 3073 4096
// CHECK-NEXT: 4097 5376
// CHECK-NEXT: 5377 6912
// CHECK-NEXT: 6913 9472
// CHECK-NEXT: 9473 12288
// CHECK-NEXT: 12289 16384
// CHECK-NEXT: 16385 21760
