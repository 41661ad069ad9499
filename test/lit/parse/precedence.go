// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Binary operator precedence and associativity; unary operators bind tighter.
// CHECK: File p @42:1
// CHECK-NEXT:   GenDecl var @44:1
// CHECK-NEXT:     ValueSpec a @44:5
// CHECK-NEXT:       value: BinaryExpr - @44:9
// CHECK-NEXT:         BinaryExpr + @44:9
// CHECK-NEXT:           BasicLit INT 1 @44:9
// CHECK-NEXT:           BinaryExpr * @44:13
// CHECK-NEXT:             BasicLit INT 2 @44:13
// CHECK-NEXT:             BasicLit INT 3 @44:15
// CHECK-NEXT:         BasicLit INT 4 @44:19
// CHECK-NEXT:   GenDecl var @45:1
// CHECK-NEXT:     ValueSpec b @45:5
// CHECK-NEXT:       value: BinaryExpr || @45:9
// CHECK-NEXT:         Ident x @45:9
// CHECK-NEXT:         BinaryExpr && @45:14
// CHECK-NEXT:           Ident y @45:14
// CHECK-NEXT:           UnaryExpr ! @45:19
// CHECK-NEXT:             Ident z @45:20
// CHECK-NEXT:   GenDecl var @46:1
// CHECK-NEXT:     ValueSpec c @46:5
// CHECK-NEXT:       value: BinaryExpr * @46:9
// CHECK-NEXT:         UnaryExpr - @46:9
// CHECK-NEXT:           Ident x @46:10
// CHECK-NEXT:         UnaryExpr ^ @46:14
// CHECK-NEXT:           Ident y @46:15
// CHECK-NEXT:   GenDecl var @47:1
// CHECK-NEXT:     ValueSpec d @47:5
// CHECK-NEXT:       value: BinaryExpr || @47:9
// CHECK-NEXT:         BinaryExpr == @47:9
// CHECK-NEXT:           Ident x @47:9
// CHECK-NEXT:           Ident y @47:14
// CHECK-NEXT:         BinaryExpr < @47:19
// CHECK-NEXT:           Ident x @47:19
// CHECK-NEXT:           BinaryExpr & @47:23
// CHECK-NEXT:             BinaryExpr << @47:23
// CHECK-NEXT:               Ident y @47:23
// CHECK-NEXT:               BasicLit INT 2 @47:26
// CHECK-NEXT:             BasicLit INT 3 @47:28
package p

var a = 1 + 2*3 - 4
var b = x || y && !z
var c = -x * ^y
var d = x == y || x < y<<2&3
