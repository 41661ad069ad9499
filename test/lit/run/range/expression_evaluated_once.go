// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The range expression is evaluated once, before the loop starts.

package main

func items() []int {
	println("items called")
	return []int{1, 2, 3}
}

func main() {
	for _, v := range items() {
		println(v)
	}
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[2] = 10
		_ = i
	}
	println(arr[2])
}

// CHECK: items called
// CHECK-NEXT: 1
// CHECK-NEXT: 2
// CHECK-NEXT: 3
// CHECK-NEXT: 10
