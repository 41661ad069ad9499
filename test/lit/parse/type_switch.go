// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Type switches with and without a bound variable.
// CHECK: File p @32:1
// CHECK-NEXT:   FuncDecl f @34:1
// CHECK-NEXT:     FuncType @34:1
// CHECK-NEXT:       params: FieldList @34:7
// CHECK-NEXT:         Field v @34:8
// CHECK-NEXT:           InterfaceType @34:10
// CHECK-NEXT:             FieldList @34:19
// CHECK-NEXT:     body: BlockStmt @34:23
// CHECK-NEXT:       TypeSwitchStmt @35:2
// CHECK-NEXT:         assign: AssignStmt := @35:9
// CHECK-NEXT:           lhs: Ident t @35:9
// CHECK-NEXT:           rhs: TypeAssertExpr (type) @35:14
// CHECK-NEXT:             Ident v @35:14
// CHECK-NEXT:         body: BlockStmt @35:23
// CHECK-NEXT:           CaseClause @36:2
// CHECK-NEXT:             case: Ident int @36:7
// CHECK-NEXT:             case: Ident string @36:12
// CHECK-NEXT:             AssignStmt = @37:3
// CHECK-NEXT:               lhs: Ident _ @37:3
// CHECK-NEXT:               rhs: Ident t @37:7
// CHECK-NEXT:           CaseClause @38:2
// CHECK-NEXT:             case: Ident nil @38:7
// CHECK-NEXT:           CaseClause default @39:2
// CHECK-NEXT:       TypeSwitchStmt @41:2
// CHECK-NEXT:         assign: ExprStmt @41:9
// CHECK-NEXT:           TypeAssertExpr (type) @41:9
// CHECK-NEXT:             Ident v @41:9
// CHECK-NEXT:         body: BlockStmt @41:18
package p

func f(v interface{}) {
	switch t := v.(type) {
	case int, string:
		_ = t
	case nil:
	default:
	}
	switch v.(type) {
	}
}
