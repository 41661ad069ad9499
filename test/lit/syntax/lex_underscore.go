// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// '_' must separate successive digits.
// CHECK: {{.*}}lex_underscore.go:8:11: '_' must separate successive digits
// CHECK: {{.*}}lex_underscore.go:9:13: '_' must separate successive digits
// CHECK: {{.*}}lex_underscore.go:10:10: '_' must separate successive digits
package main

var a = 1__000
var b = 0x_1_
var c = 1_.5
