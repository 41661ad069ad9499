// RUN: %golite build -o %t %s %S/multifile_init_b_part.go && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Initialisation across two files: dependencies first, then init() in file order.

package main

var fromA = fromB + "a"

func init() {
	println("init in first file", fromA)
}

func main() {
	println("main", helper(), fromA, fromB)
}

// CHECK: make_b
// CHECK-NEXT: init in first file ba
// CHECK-NEXT: init in second file
// CHECK-NEXT: main helper from b ba b
