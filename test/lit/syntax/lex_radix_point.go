// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Binary and 0o octal literals cannot have a radix point.
// CHECK: {{.*}}lex_radix_point.go:6:12: invalid radix point in binary literal
package main

var a = 0b1.0
