// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An identifier cannot start with a Unicode digit.
// CHECK: {{.*}}lex_ident_digit.go:6:5: identifier cannot begin with digit U+0661 '١'
package main

var ١x = 1
