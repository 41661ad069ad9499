// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An interpreted string cannot span lines.
// CHECK: {{.*}}lex_newline_in_string.go:8:13: newline in string
// CHECK: {{.*}}lex_newline_in_string.go:9:1: syntax error: non-declaration statement outside function body
// CHECK: {{.*}}lex_newline_in_string.go:9:2: newline in string
package main

var s = "abc
"
