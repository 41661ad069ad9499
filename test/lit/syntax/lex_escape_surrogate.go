// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Surrogate halves are not valid code points.
// CHECK: {{.*}}lex_escape_surrogate.go:7:16: escape is invalid Unicode code point U+D800
// CHECK: {{.*}}lex_escape_surrogate.go:8:20: escape is invalid Unicode code point U+110000
package main

var r = '\uD800'
var s = "\U00110000"
