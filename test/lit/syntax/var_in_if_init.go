// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// var declarations are not allowed in statement headers.
// CHECK: {{.*}}var_in_if_init.go:7:9: syntax error: var declaration not allowed in if initializer
package main

func main() {
	if var x = 1; x > 0 {
	}
}
