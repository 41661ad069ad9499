// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Unbounded recursion in a goroutine (segmented stack) ends with Go's
// stack overflow report and exit status 2 once it passes 1 GB.

package main

func f(n int) int {
	var pad [8]int
	pad[n%8] = n
	return (f(n+1)*7 + pad[3]) % 1000003
}

func main() {
	println("start")
	done := make(chan int)
	go func() {
		done <- f(0)
	}()
	println(<-done)
}

// CHECK: start
// CHECK-NEXT: runtime: goroutine stack exceeds 1000000000-byte limit
// CHECK-NEXT: runtime: sp={{.*}} stack=[{{.*}}, {{.*}}]
// CHECK-NEXT: fatal error: stack overflow
