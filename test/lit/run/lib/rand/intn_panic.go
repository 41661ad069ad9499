// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// rand.Intn with a non-positive bound panics with Go's message.

package main

import "math/rand"

func main() {
	println(rand.Intn(10))
	println(rand.Intn(-3))
}

// CHECK: 1
// CHECK-NEXT: panic: invalid argument to Intn
