// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Conversions with parenthesized and composite types.
// CHECK: File p @39:1
// CHECK-NEXT:   GenDecl var @41:1
// CHECK-NEXT:     ValueSpec a @41:5
// CHECK-NEXT:       value: CallExpr @41:9
// CHECK-NEXT:         fun: ParenExpr @41:9
// CHECK-NEXT:           StarExpr @41:10
// CHECK-NEXT:             Ident T @41:11
// CHECK-NEXT:         Ident x @41:14
// CHECK-NEXT:   GenDecl var @42:1
// CHECK-NEXT:     ValueSpec b @42:5
// CHECK-NEXT:       value: CallExpr @42:9
// CHECK-NEXT:         fun: ArrayType slice @42:9
// CHECK-NEXT:           elt: Ident byte @42:11
// CHECK-NEXT:         Ident s @42:16
// CHECK-NEXT:   GenDecl var @43:1
// CHECK-NEXT:     ValueSpec c @43:5
// CHECK-NEXT:       value: CallExpr @43:9
// CHECK-NEXT:         fun: ParenExpr @43:9
// CHECK-NEXT:           FuncType @43:10
// CHECK-NEXT:             params: FieldList @43:14
// CHECK-NEXT:         Ident nil @43:18
// CHECK-NEXT:   GenDecl var @44:1
// CHECK-NEXT:     ValueSpec d @44:5
// CHECK-NEXT:       value: CallExpr @44:9
// CHECK-NEXT:         fun: ParenExpr @44:9
// CHECK-NEXT:           ChanType <-chan @44:10
// CHECK-NEXT:             Ident int @44:17
// CHECK-NEXT:         Ident c @44:22
// CHECK-NEXT:   GenDecl var @45:1
// CHECK-NEXT:     ValueSpec e @45:5
// CHECK-NEXT:       value: CallExpr @45:9
// CHECK-NEXT:         fun: MapType @45:9
// CHECK-NEXT:           key: Ident string @45:13
// CHECK-NEXT:           value: Ident int @45:20
// CHECK-NEXT:         Ident m @45:24
package p

var a = (*T)(x)
var b = []byte(s)
var c = (func())(nil)
var d = (<-chan int)(c)
var e = map[string]int(m)
