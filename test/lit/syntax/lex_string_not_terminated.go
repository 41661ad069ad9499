// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An interpreted string running into EOF.
// CHECK: {{.*}}lex_string_not_terminated.go:6:9: string not terminated
package main

var s = "abc