// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Legacy and 0o octal literals only take digits 0-7.
// CHECK: {{.*}}lex_octal_digit.go:7:10: invalid digit '8' in octal literal
// CHECK: {{.*}}lex_octal_digit.go:8:12: invalid digit '9' in octal literal
package main

var a = 08
var b = 0o19
