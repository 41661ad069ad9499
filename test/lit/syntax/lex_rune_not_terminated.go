// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A rune literal running into EOF.
// CHECK: {{.*}}lex_rune_not_terminated.go:6:9: rune literal not terminated
package main

var r = 'a