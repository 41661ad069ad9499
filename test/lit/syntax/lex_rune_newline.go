// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A rune literal cannot span lines.
// CHECK: {{.*}}lex_rune_newline.go:6:11: newline in rune literal
package main

var r = 'a
