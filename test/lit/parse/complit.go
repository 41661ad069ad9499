// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Composite literals: keyed, nested with elided types, arrays with [...], maps, structs.
// CHECK: File p @51:1
// CHECK-NEXT:   GenDecl var @53:1
// CHECK-NEXT:     ValueSpec a @53:5
// CHECK-NEXT:       value: CompositeLit @53:9
// CHECK-NEXT:         type: ArrayType @53:9
// CHECK-NEXT:           len: Ellipsis @53:10
// CHECK-NEXT:           elt: Ident int @53:14
// CHECK-NEXT:         BasicLit INT 1 @53:18
// CHECK-NEXT:         BasicLit INT 2 @53:21
// CHECK-NEXT:         BasicLit INT 3 @53:24
// CHECK-NEXT:   GenDecl var @54:1
// CHECK-NEXT:     ValueSpec b @54:5
// CHECK-NEXT:       value: CompositeLit @54:9
// CHECK-NEXT:         type: MapType @54:9
// CHECK-NEXT:           key: Ident string @54:13
// CHECK-NEXT:           value: ArrayType slice @54:20
// CHECK-NEXT:             elt: Ident int @54:22
// CHECK-NEXT:         KeyValueExpr @54:26
// CHECK-NEXT:           key: BasicLit STRING "a" @54:26
// CHECK-NEXT:           value: CompositeLit @54:31
// CHECK-NEXT:             BasicLit INT 1 @54:32
// CHECK-NEXT:         KeyValueExpr @54:36
// CHECK-NEXT:           key: BasicLit STRING "b" @54:36
// CHECK-NEXT:           value: Ident nil @54:41
// CHECK-NEXT:   GenDecl var @55:1
// CHECK-NEXT:     ValueSpec c @55:5
// CHECK-NEXT:       value: CompositeLit @55:9
// CHECK-NEXT:         type: ArrayType slice @55:9
// CHECK-NEXT:           elt: StarExpr @55:11
// CHECK-NEXT:             Ident T @55:12
// CHECK-NEXT:         CompositeLit @55:14
// CHECK-NEXT:           KeyValueExpr @55:15
// CHECK-NEXT:             key: Ident x @55:15
// CHECK-NEXT:             value: BasicLit INT 1 @55:18
// CHECK-NEXT:         UnaryExpr & @55:22
// CHECK-NEXT:           CompositeLit @55:23
// CHECK-NEXT:             type: Ident T @55:23
// CHECK-NEXT:   GenDecl var @56:1
// CHECK-NEXT:     ValueSpec d @56:5
// CHECK-NEXT:       value: CompositeLit @56:9
// CHECK-NEXT:         type: StructType @56:9
// CHECK-NEXT:           FieldList @56:15
// CHECK-NEXT:             Field x y @56:17
// CHECK-NEXT:               Ident int @56:22
// CHECK-NEXT:         KeyValueExpr @56:28
// CHECK-NEXT:           key: Ident y @56:28
// CHECK-NEXT:           value: BasicLit INT 2 @56:31
package p

var a = [...]int{1, 2, 3}
var b = map[string][]int{"a": {1}, "b": nil}
var c = []*T{{x: 1}, &T{}}
var d = struct{ x, y int }{y: 2}
