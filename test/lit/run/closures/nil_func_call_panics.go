// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Calling a nil function value panics.

package main

func main() {
	var f func()
	println("calling nil")
	f()
}

// CHECK: calling nil
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code={{.*}} addr={{.*}} pc={{.*}}]
