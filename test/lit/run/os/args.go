// RUN: %golite build -o %t %s && %run %t one "two words" 3 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// os.Args holds the program name followed by its arguments.

package main

import "os"

func main() {
	println(len(os.Args))
	for _, a := range os.Args[1:] {
		println(a)
	}
}

// CHECK: 4
// CHECK-NEXT: one
// CHECK-NEXT: two words
// CHECK-NEXT: 3
