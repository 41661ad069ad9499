// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// An unrecovered panic with a string prints it and exits with status 2.

package main

func main() {
	println("about to panic")
	panic("something went wrong")
}

// CHECK: about to panic
// CHECK-NEXT: panic: something went wrong
