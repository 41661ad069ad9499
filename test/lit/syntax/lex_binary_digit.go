// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Binary literals only take 0 and 1.
// CHECK: {{.*}}lex_binary_digit.go:6:13: invalid digit '2' in binary literal
package main

var a = 0b102
