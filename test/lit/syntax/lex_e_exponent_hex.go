// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An 'e' exponent needs a decimal mantissa.
// CHECK: {{.*}}lex_e_exponent_hex.go:6:12: 'e' exponent requires decimal mantissa
package main

var a = 0b1e3
