// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Every range form over slices: key only, key and value, blank, none.

package main

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		print(i, " ")
	}
	println()
	for i, v := range s {
		print(i, v, " ")
	}
	println()
	for _, v := range s {
		print(v)
	}
	println()
	n := 0
	for range s {
		n++
	}
	println(n)
	var i int
	var v string
	for i, v = range s {
	}
	println(i, v)
}

// CHECK: 0 1 2 
// CHECK-NEXT: 0a 1b 2c 
// CHECK-NEXT: abc
// CHECK-NEXT: 3
// CHECK-NEXT: 2 c
