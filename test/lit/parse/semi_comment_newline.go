// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// A general comment spanning lines acts like a newline; one on a single line does not.
// CHECK: File p @22:1
// CHECK-NEXT:   FuncDecl f @24:1
// CHECK-NEXT:     FuncType @24:1
// CHECK-NEXT:       params: FieldList @24:7
// CHECK-NEXT:     body: BlockStmt @24:10
// CHECK-NEXT:       AssignStmt := @25:2
// CHECK-NEXT:         lhs: Ident x @25:2
// CHECK-NEXT:         rhs: BasicLit INT 1 @25:7
// CHECK-NEXT:       IncDecStmt ++ @26:11
// CHECK-NEXT:         Ident x @26:11
// CHECK-NEXT:       AssignStmt := @27:2
// CHECK-NEXT:         lhs: Ident y @27:2
// CHECK-NEXT:         rhs: BinaryExpr + @27:7
// CHECK-NEXT:           BasicLit INT 2 @27:7
// CHECK-NEXT:           BasicLit INT 3 @27:27
// CHECK-NEXT:       AssignStmt = @28:2
// CHECK-NEXT:         lhs: Ident _ @28:2
// CHECK-NEXT:         rhs: Ident y @28:6
package p

func f() {
	x := 1 /* spans
	lines */ x++
	y := 2 /* same line */ + 3
	_ = y
}
