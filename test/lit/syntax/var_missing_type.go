// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A var declaration without a value needs a type.
// CHECK: {{.*}}var_missing_type.go:6:6: syntax error: unexpected newline, expecting type
package main

var x

func main() {}
