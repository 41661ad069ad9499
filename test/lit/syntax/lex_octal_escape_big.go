// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An octal escape is at most 255.
// CHECK: {{.*}}lex_octal_escape_big.go:6:14: octal escape value 256 > 255
package main

var r = '\400'
