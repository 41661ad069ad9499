// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Type assertion on a value that is not an interface.

package main

func main() {
	x := 1
	_ = x.(int)
}

// CHECK: {{.*}}assert_not_interface.go:8:6: invalid operation: x (variable of type int) is not an interface
