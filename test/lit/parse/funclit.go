// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Function literals, immediately called and assigned.
// CHECK: File p @25:1
// CHECK-NEXT:   GenDecl var @27:1
// CHECK-NEXT:     ValueSpec f @27:5
// CHECK-NEXT:       value: FuncLit @27:9
// CHECK-NEXT:         FuncType @27:9
// CHECK-NEXT:           params: FieldList @27:13
// CHECK-NEXT:             Field a @27:14
// CHECK-NEXT:               Ident int @27:16
// CHECK-NEXT:           results: FieldList @27:21
// CHECK-NEXT:             Field r @27:22
// CHECK-NEXT:               Ident int @27:24
// CHECK-NEXT:         BlockStmt @27:29
// CHECK-NEXT:           ReturnStmt @27:31
// CHECK-NEXT:             Ident a @27:38
// CHECK-NEXT:   GenDecl var @28:1
// CHECK-NEXT:     ValueSpec g @28:5
// CHECK-NEXT:       value: CallExpr @28:9
// CHECK-NEXT:         fun: FuncLit @28:9
// CHECK-NEXT:           FuncType @28:9
// CHECK-NEXT:             params: FieldList @28:13
// CHECK-NEXT:           BlockStmt @28:16
package p

var f = func(a int) (r int) { return a }
var g = func() {}()
