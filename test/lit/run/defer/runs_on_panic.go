// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Deferred calls run while a panic unwinds, before the program dies.

package main

func inner() {
	defer println("inner deferred")
	panic("boom")
}

func main() {
	defer println("main deferred")
	inner()
	println("unreachable")
}

// CHECK: inner deferred
// CHECK-NEXT: main deferred
// CHECK-NEXT: panic: boom
