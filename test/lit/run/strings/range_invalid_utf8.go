// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Invalid UTF-8 bytes decode as U+FFFD one byte at a time.

package main

func main() {
	s := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range s {
		println(i, r)
	}
	n := 0
	for range s {
		n++
	}
	println(n)
}

// CHECK: 0 97
// CHECK-NEXT: 1 65533
// CHECK-NEXT: 2 98
// CHECK-NEXT: 3 65533
// CHECK-NEXT: 4 65533
// CHECK-NEXT: 5 99
// CHECK-NEXT: 6 65533
// CHECK-NEXT: 7 65533
// CHECK-NEXT: 8 65533
// CHECK-NEXT: 9
