// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A slice of an array writes through to the array.

package main

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	s = append(s, 50)
	println(arr[1], arr[4], len(s), cap(s))
	s = append(s, 60)
	s[0] = 99
	println(arr[1], s[0], len(s))
}

// CHECK: 20 50 4 4
// CHECK-NEXT: 20 99 5
