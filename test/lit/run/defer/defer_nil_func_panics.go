// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Deferring a nil function panics when the deferred call runs.

package main

func main() {
	var f func()
	defer f()
	println("body done")
}

// CHECK: body done
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code={{.*}} addr={{.*}} pc={{.*}}]
