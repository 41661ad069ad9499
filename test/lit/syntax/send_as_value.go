// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A send statement cannot be used as a condition.
// CHECK: {{.*}}send_as_value.go:8:7: syntax error: cannot use c <- 1 as value
package main

func main() {
	c := make(chan int)
	if c <- 1 {
	}
}
