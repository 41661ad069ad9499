// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Address-of, dereference and other unary operators.
// CHECK: File p @39:1
// CHECK-NEXT:   FuncDecl f @41:1
// CHECK-NEXT:     FuncType @41:1
// CHECK-NEXT:       params: FieldList @41:7
// CHECK-NEXT:     body: BlockStmt @41:10
// CHECK-NEXT:       AssignStmt := @42:2
// CHECK-NEXT:         lhs: Ident p @42:2
// CHECK-NEXT:         rhs: UnaryExpr & @42:7
// CHECK-NEXT:           Ident x @42:8
// CHECK-NEXT:       AssignStmt = @43:2
// CHECK-NEXT:         lhs: StarExpr @43:2
// CHECK-NEXT:           Ident p @43:3
// CHECK-NEXT:         rhs: BasicLit INT 1 @43:7
// CHECK-NEXT:       AssignStmt = @44:2
// CHECK-NEXT:         lhs: Ident _ @44:2
// CHECK-NEXT:         rhs: UnaryExpr & @44:6
// CHECK-NEXT:           CompositeLit @44:7
// CHECK-NEXT:             type: Ident T @44:7
// CHECK-NEXT:       AssignStmt = @45:2
// CHECK-NEXT:         lhs: Ident _ @45:2
// CHECK-NEXT:         rhs: UnaryExpr ! @45:6
// CHECK-NEXT:           Ident b @45:7
// CHECK-NEXT:       AssignStmt = @46:2
// CHECK-NEXT:         lhs: Ident _ @46:2
// CHECK-NEXT:         rhs: UnaryExpr + @46:6
// CHECK-NEXT:           Ident x @46:7
// CHECK-NEXT:       AssignStmt = @47:2
// CHECK-NEXT:         lhs: Ident _ @47:2
// CHECK-NEXT:         rhs: UnaryExpr ^ @47:6
// CHECK-NEXT:           Ident x @47:7
// CHECK-NEXT:       AssignStmt = @48:2
// CHECK-NEXT:         lhs: Ident _ @48:2
// CHECK-NEXT:         rhs: StarExpr @48:6
// CHECK-NEXT:           StarExpr @48:7
// CHECK-NEXT:             Ident pp @48:8
package p

func f() {
	p := &x
	*p = 1
	_ = &T{}
	_ = !b
	_ = +x
	_ = ^x
	_ = **pp
}
