// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// `go f()` with a nil func value is a fatal error at the go statement.

package main

func main() {
	var f func()
	println("before")
	go f()
	select {}
}

// CHECK: before
// CHECK-NEXT: fatal error: go of nil func value
