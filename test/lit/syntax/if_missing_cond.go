// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An if statement needs a condition.
// CHECK: {{.*}}if_missing_cond.go:7:5: syntax error: missing condition in if statement
package main

func main() {
	if {
	}
}
