// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The call in a defer statement must not be parenthesized.
// CHECK: {{.*}}defer_parenthesized.go:9:8: expression in defer must not be parenthesized
package main

func f() {}

func main() {
	defer (f())
}
