// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Expression switches with init, tag, lists, default and fallthrough.
// CHECK: File p @30:1
// CHECK-NEXT:   FuncDecl f @32:1
// CHECK-NEXT:     FuncType @32:1
// CHECK-NEXT:       params: FieldList @32:7
// CHECK-NEXT:         Field x @32:8
// CHECK-NEXT:           Ident int @32:10
// CHECK-NEXT:     body: BlockStmt @32:15
// CHECK-NEXT:       SwitchStmt @33:2
// CHECK-NEXT:         init: AssignStmt := @33:9
// CHECK-NEXT:           lhs: Ident y @33:9
// CHECK-NEXT:           rhs: Ident x @33:14
// CHECK-NEXT:         tag: Ident y @33:17
// CHECK-NEXT:         body: BlockStmt @33:19
// CHECK-NEXT:           CaseClause @34:2
// CHECK-NEXT:             case: BasicLit INT 1 @34:7
// CHECK-NEXT:             case: BasicLit INT 2 @34:10
// CHECK-NEXT:             BranchStmt fallthrough @35:3
// CHECK-NEXT:           CaseClause @36:2
// CHECK-NEXT:             case: BasicLit INT 3 @36:7
// CHECK-NEXT:           CaseClause default @37:2
// CHECK-NEXT:       SwitchStmt @39:2
// CHECK-NEXT:         body: BlockStmt @39:9
// CHECK-NEXT:           CaseClause @40:2
// CHECK-NEXT:             case: BinaryExpr > @40:7
// CHECK-NEXT:               Ident x @40:7
// CHECK-NEXT:               BasicLit INT 0 @40:11
package p

func f(x int) {
	switch y := x; y {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch {
	case x > 0:
	}
}
