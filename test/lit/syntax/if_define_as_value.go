// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A short variable declaration cannot be used as an if condition.
// CHECK: {{.*}}if_define_as_value.go:7:7: syntax error: cannot use x := 1 as value
package main

func main() {
	if x := 1 {
		_ = x
	}
}
