// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Each function runs its own defers when it returns.

package main

func level(n int) {
	defer println("leave", n)
	println("enter", n)
	if n < 3 {
		level(n + 1)
	}
}

func main() {
	level(1)
}

// CHECK: enter 1
// CHECK-NEXT: enter 2
// CHECK-NEXT: enter 3
// CHECK-NEXT: leave 3
// CHECK-NEXT: leave 2
// CHECK-NEXT: leave 1
