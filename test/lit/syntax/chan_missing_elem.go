// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A channel type needs an element type.
// CHECK: {{.*}}chan_missing_elem.go:6:14: syntax error: missing channel element type
package main

func f(c chan) {}

func main() {}
