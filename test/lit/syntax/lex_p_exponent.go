// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A 'p' exponent needs a hexadecimal mantissa.
// CHECK: {{.*}}lex_p_exponent.go:6:10: 'p' exponent requires hexadecimal mantissa
package main

var a = 1p5
