// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Calling something that is not a function.

package main

func main() {
	x := 5
	x()
}

// CHECK: {{.*}}non_function_call.go:8:2: invalid operation: cannot call non-function x (variable of type int)
