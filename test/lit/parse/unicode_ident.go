// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Identifiers may use Unicode letters and digits.
// CHECK: File p @14:1
// CHECK-NEXT:   GenDecl var @16:1
// CHECK-NEXT:     ValueSpec 日本 @16:5
// CHECK-NEXT:       value: BasicLit INT 1 @16:14
// CHECK-NEXT:   GenDecl var @17:1
// CHECK-NEXT:     ValueSpec ä_1 @17:5
// CHECK-NEXT:       value: Ident 日本 @17:12
// CHECK-NEXT:   GenDecl var @18:1
// CHECK-NEXT:     ValueSpec xÆ٣ @18:5
// CHECK-NEXT:       value: Ident ä_1 @18:13
package p

var 日本 = 1
var ä_1 = 日本
var xÆ٣ = ä_1
