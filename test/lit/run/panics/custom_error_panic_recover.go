// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Re-panicking with the recovered value keeps the original message.

package main

func main() {
	defer func() {
		if r := recover(); r != nil {
			println("caught:", r.(error).Error())
			panic(r)
		}
	}()
	var a []int
	_ = a[3]
}

// CHECK: caught: runtime error: index out of range [3] with length 0
// CHECK-NEXT: panic: runtime error: index out of range [3] with length 0 [recovered]
// CHECK-NEXT: 	panic: runtime error: index out of range [3] with length 0
