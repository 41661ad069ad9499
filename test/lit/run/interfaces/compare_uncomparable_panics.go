// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Comparing interfaces holding uncomparable types panics.

package main

func main() {
	var x interface{} = []int{1}
	var y interface{} = []int{1}
	println(x == y)
}

// CHECK: panic: runtime error: comparing uncomparable type []int
