// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A prefix alone is not a number.
// CHECK: {{.*}}lex_no_digits.go:7:11: hexadecimal literal has no digits
// CHECK: {{.*}}lex_no_digits.go:8:11: binary literal has no digits
package main

var a = 0x
var b = 0b
