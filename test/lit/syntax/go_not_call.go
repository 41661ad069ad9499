// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// go needs a function call.
// CHECK: {{.*}}go_not_call.go:9:5: expression in go must be function call
package main

func f() {}

func main() {
	go f
}
