// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// var declarations with types, values, both and multiple names.
// CHECK: File p @23:1
// CHECK-NEXT:   GenDecl var @25:1
// CHECK-NEXT:     ValueSpec a @25:5
// CHECK-NEXT:       type: Ident int @25:7
// CHECK-NEXT:   GenDecl var @26:1
// CHECK-NEXT:     ValueSpec b @26:5
// CHECK-NEXT:       value: BasicLit INT 1 @26:9
// CHECK-NEXT:   GenDecl var @27:1
// CHECK-NEXT:     ValueSpec c d @27:5
// CHECK-NEXT:       type: Ident float64 @27:10
// CHECK-NEXT:       value: BasicLit INT 1 @27:20
// CHECK-NEXT:       value: BasicLit INT 2 @27:23
// CHECK-NEXT:   GenDecl var (grouped) @28:1
// CHECK-NEXT:     ValueSpec e @29:2
// CHECK-NEXT:       type: ArrayType slice @29:7
// CHECK-NEXT:         elt: Ident string @29:9
// CHECK-NEXT:     ValueSpec f g @30:2
// CHECK-NEXT:       value: CallExpr @30:9
// CHECK-NEXT:         fun: Ident h @30:9
package p

var a int
var b = 1
var c, d float64 = 1, 2
var (
	e    []string
	f, g = h()
)
