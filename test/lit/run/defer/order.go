// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Deferred calls run in last-in-first-out order when the function returns.

package main

func f() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body")
}

func main() {
	f()
	println("after")
}

// CHECK: body
// CHECK-NEXT: deferred 2
// CHECK-NEXT: deferred 1
// CHECK-NEXT: deferred 0
// CHECK-NEXT: after
