// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A general comment running into EOF.
// CHECK: {{.*}}lex_comment_not_terminated.go:6:1: comment not terminated
package main

/* abc
