// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A hexadecimal float needs a 'p' exponent.
// CHECK: {{.*}}lex_hex_mantissa.go:6:14: hexadecimal mantissa requires a 'p' exponent
package main

var a = 0x1.8
