// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Grouped constants: ValueSpec.iota counts specs; omitted values stay empty.
// CHECK: File p @19:1
// CHECK-NEXT:   GenDecl const (grouped) @21:1
// CHECK-NEXT:     ValueSpec A @22:2
// CHECK-NEXT:       value: Ident iota @22:6
// CHECK-NEXT:     ValueSpec B iota=1 @23:2
// CHECK-NEXT:     ValueSpec C D iota=2 @24:2
// CHECK-NEXT:       value: Ident iota @24:9
// CHECK-NEXT:       value: BinaryExpr * @24:15
// CHECK-NEXT:         Ident iota @24:15
// CHECK-NEXT:         BasicLit INT 2 @24:22
// CHECK-NEXT:     ValueSpec E iota=3 @25:2
// CHECK-NEXT:   GenDecl const @27:1
// CHECK-NEXT:     ValueSpec F @27:7
// CHECK-NEXT:       type: Ident int @27:9
// CHECK-NEXT:       value: BasicLit INT 1 @27:15
package p

const (
	A = iota
	B
	C, D = iota, iota * 2
	E
)
const F int = 1
