// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Only the escapes of the spec are allowed.
// CHECK: {{.*}}lex_unknown_escape.go:6:12: unknown escape
package main

var s = "a\qb"
