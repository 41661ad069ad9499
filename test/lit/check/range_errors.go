// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Ranging over things that cannot be ranged over.

package main

func main() {
	for range 1 {
	}
	var c chan int
	var i, j int
	for i, j = range c {
	}
	_, _ = i, j
}

// CHECK: {{.*}}range_errors.go:7:12: cannot range over 1 (untyped int constant)
// CHECK-NEXT: {{.*}}range_errors.go:11:9: range over c (variable of type chan int) permits only one iteration variable
