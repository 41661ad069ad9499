// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Symbols are not identifier characters.
// CHECK: {{.*}}lex_ident_invalid.go:6:6: invalid character U+2211 '∑' in identifier
package main

var a∑b = 1
