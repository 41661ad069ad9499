// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// A panic raised while a deferred call handles another is printed after it.

package main

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second")
	}()
	panic("first")
}

// CHECK: recovered first
// CHECK-NEXT: panic: first [recovered]
// CHECK-NEXT: 	panic: second
