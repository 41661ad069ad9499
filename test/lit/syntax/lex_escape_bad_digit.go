// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Escape digits must match the base.
// CHECK: {{.*}}lex_escape_bad_digit.go:7:13: invalid character 'g' in hexadecimal escape
// CHECK: {{.*}}lex_escape_bad_digit.go:8:14: invalid character '\'' in hexadecimal escape
package main

var s = "\x4g"
var r = '\u12'
