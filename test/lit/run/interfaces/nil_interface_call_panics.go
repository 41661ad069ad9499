// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Calling a method on a nil interface panics with a nil pointer dereference.

package main

type I interface{ M() }

func main() {
	var i I
	println("calling")
	i.M()
}

// CHECK: calling
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code={{.*}} addr={{.*}} pc={{.*}}]
