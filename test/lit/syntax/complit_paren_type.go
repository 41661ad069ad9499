// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The type of a composite literal cannot be parenthesized.
// CHECK: {{.*}}complit_paren_type.go:8:12: syntax error: cannot parenthesize type in composite literal
package main

type T struct{ a int }

var x = (T){1}

func main() {}
