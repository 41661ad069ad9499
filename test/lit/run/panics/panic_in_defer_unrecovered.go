// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// A new panic during unwinding replaces the first; Go prints both.

package main

func main() {
	defer func() {
		panic("from defer")
	}()
	panic("original")
}

// CHECK: panic: original
// CHECK-NEXT: 	panic: from defer
