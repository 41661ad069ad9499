// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// A failed single-value type assertion panics with an interface conversion error.

package main

func main() {
	var x interface{} = "str"
	println(x.(int))
}

// CHECK: panic: interface conversion: interface {} is string, not int
