// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// nil slices and empty slices: both have length 0, only one is nil.

package main

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	println(a == nil, b == nil, c == nil, len(a), cap(a), len(b))
	a = append(a, 1)
	println(a != nil, len(a))
	for range []int(nil) {
		println("never")
	}
	var d []int
	println(len(d[:0]), d[0:0] == nil)
}

// CHECK: true false false 0 0 0
// CHECK-NEXT: true 1
// CHECK-NEXT: 0 true
