// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range over a string yields the byte index of each rune.

package main

func main() {
	s := "naïve ☕!"
	for i, r := range s {
		println(i, string(r), r)
	}
	for i := range "日本" {
		println("index", i)
	}
}

// CHECK: 0 n 110
// CHECK-NEXT: 1 a 97
// CHECK-NEXT: 2 ï 239
// CHECK-NEXT: 4 v 118
// CHECK-NEXT: 5 e 101
// CHECK-NEXT: 6   32
// CHECK-NEXT: 7 ☕ 9749
// CHECK-NEXT: 10 ! 33
// CHECK-NEXT: index 0
// CHECK-NEXT: index 3
