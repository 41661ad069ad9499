// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An empty rune literal.
// CHECK: {{.*}}lex_rune_empty.go:6:10: empty rune literal or unescaped '
package main

var r = ''
