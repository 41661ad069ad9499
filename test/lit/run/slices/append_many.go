// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Appending several elements at once grows to at least the needed length.

package main

func main() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	println(len(s), cap(s))
	s = append(s, s...)
	println(len(s), cap(s))
	b := make([]byte, 0, 3)
	b = append(b, "hello world"...)
	println(len(b), cap(b))
	x := make([]int64, 10)
	x = append(x, make([]int64, 30)...)
	println(len(x), cap(x))
}

// CHECK: 5 6
// CHECK-NEXT: 10 12
// CHECK-NEXT: 11 16
// CHECK-NEXT: 40 40
