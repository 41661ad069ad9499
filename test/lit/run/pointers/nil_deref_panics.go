// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Dereferencing a nil pointer panics with a segmentation violation.

package main

type T struct{ x int }

func main() {
	var p *T
	println("deref")
	println(p.x)
}

// CHECK: deref
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code={{.*}} addr={{.*}} pc={{.*}}]
