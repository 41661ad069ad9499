// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An exponent needs digits.
// CHECK: {{.*}}lex_exponent_no_digits.go:6:12: exponent has no digits
package main

var a = 1e+
