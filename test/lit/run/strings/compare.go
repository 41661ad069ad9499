// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Strings compare lexically by bytes.

package main

func main() {
	ss := []string{"", "a", "ab", "b", "B", "abc", "ab\x00", "é"}
	for i := 0; i < len(ss); i++ {
		for j := i + 1; j < len(ss); j++ {
			println(ss[i] < ss[j], ss[i] == ss[j], ss[i] > ss[j], ss[i] <= ss[j])
		}
	}
}

// CHECK: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: false false true false
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: false false true false
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: false false true false
// CHECK-NEXT: false false true false
// CHECK-NEXT: false false true false
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
// CHECK-NEXT: false false true false
// CHECK-NEXT: true false false true
// CHECK-NEXT: true false false true
