// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Execution continues after the function that recovered returns.

package main

func safe(i int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			res = -1
		}
	}()
	arr := []int{10, 20, 30}
	return arr[i]
}

func main() {
	for i := 0; i < 5; i++ {
		println(i, safe(i))
	}
}

// CHECK: 0 10
// CHECK-NEXT: 1 20
// CHECK-NEXT: 2 30
// CHECK-NEXT: 3 -1
// CHECK-NEXT: 4 -1
