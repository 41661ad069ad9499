// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Using an unhashable dynamic type as a map key panics.

package main

func main() {
	m := map[interface{}]int{}
	var k interface{} = []int{1}
	m[k] = 1
}

// CHECK: panic: runtime error: hash of unhashable type []int
