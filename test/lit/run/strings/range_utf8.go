// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range over a string decodes UTF-8, yielding byte offsets and runes.

package main

func main() {
	for i, r := range "aé世😀" {
		println(i, r)
	}
}

// CHECK: 0 97
// CHECK-NEXT: 1 233
// CHECK-NEXT: 3 19990
// CHECK-NEXT: 6 128512
