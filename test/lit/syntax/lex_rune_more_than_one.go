// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A rune literal holds exactly one character.
// CHECK: {{.*}}lex_rune_more_than_one.go:6:9: more than one character in rune literal
package main

var r = 'ab'
