// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Several init functions run in source order after variable initialisation.

package main

var order []string

var x = record("var x")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
}

func init() {
	record("init 2")
}

func main() {
	record("main")
	for _, s := range order {
		println(s)
	}
	println(x)
}

// CHECK: var x
// CHECK-NEXT: init 1
// CHECK-NEXT: init 2
// CHECK-NEXT: main
// CHECK-NEXT: 1
