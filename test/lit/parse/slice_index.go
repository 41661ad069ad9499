// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Index, 2-index and 3-index slice expressions.
// CHECK: File p @44:1
// CHECK-NEXT:   GenDecl var @46:1
// CHECK-NEXT:     ValueSpec a @46:5
// CHECK-NEXT:       value: IndexExpr @46:9
// CHECK-NEXT:         Ident s @46:9
// CHECK-NEXT:         index: BasicLit INT 1 @46:11
// CHECK-NEXT:   GenDecl var @47:1
// CHECK-NEXT:     ValueSpec b @47:5
// CHECK-NEXT:       value: SliceExpr @47:9
// CHECK-NEXT:         Ident s @47:9
// CHECK-NEXT:   GenDecl var @48:1
// CHECK-NEXT:     ValueSpec c @48:5
// CHECK-NEXT:       value: SliceExpr @48:9
// CHECK-NEXT:         Ident s @48:9
// CHECK-NEXT:         low: BasicLit INT 1 @48:11
// CHECK-NEXT:   GenDecl var @49:1
// CHECK-NEXT:     ValueSpec d @49:5
// CHECK-NEXT:       value: SliceExpr @49:9
// CHECK-NEXT:         Ident s @49:9
// CHECK-NEXT:         high: BasicLit INT 2 @49:12
// CHECK-NEXT:   GenDecl var @50:1
// CHECK-NEXT:     ValueSpec e @50:5
// CHECK-NEXT:       value: SliceExpr 3-index @50:9
// CHECK-NEXT:         Ident s @50:9
// CHECK-NEXT:         low: BasicLit INT 1 @50:11
// CHECK-NEXT:         high: BasicLit INT 2 @50:13
// CHECK-NEXT:         max: BasicLit INT 3 @50:15
// CHECK-NEXT:   GenDecl var @51:1
// CHECK-NEXT:     ValueSpec f @51:5
// CHECK-NEXT:       value: SliceExpr 3-index @51:9
// CHECK-NEXT:         Ident s @51:9
// CHECK-NEXT:         high: BasicLit INT 2 @51:12
// CHECK-NEXT:         max: BasicLit INT 3 @51:14
// CHECK-NEXT:   GenDecl var @52:1
// CHECK-NEXT:     ValueSpec g @52:5
// CHECK-NEXT:       value: IndexExpr @52:9
// CHECK-NEXT:         IndexExpr @52:9
// CHECK-NEXT:           Ident m @52:9
// CHECK-NEXT:           index: BasicLit STRING "k" @52:11
// CHECK-NEXT:         index: BasicLit INT 0 @52:16
package p

var a = s[1]
var b = s[:]
var c = s[1:]
var d = s[:2]
var e = s[1:2:3]
var f = s[:2:3]
var g = m["k"][0]
