// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Selectors, method values, calls with ... and trailing commas.
// CHECK: File p @32:1
// CHECK-NEXT:   FuncDecl f @34:1
// CHECK-NEXT:     FuncType @34:1
// CHECK-NEXT:       params: FieldList @34:7
// CHECK-NEXT:     body: BlockStmt @34:10
// CHECK-NEXT:       ExprStmt @35:2
// CHECK-NEXT:         CallExpr @35:2
// CHECK-NEXT:           fun: SelectorExpr @35:2
// CHECK-NEXT:             SelectorExpr @35:2
// CHECK-NEXT:               Ident a @35:2
// CHECK-NEXT:               sel: Ident b @35:4
// CHECK-NEXT:             sel: Ident c @35:6
// CHECK-NEXT:           BasicLit INT 1 @35:8
// CHECK-NEXT:           BasicLit INT 2 @35:11
// CHECK-NEXT:       ExprStmt @36:2
// CHECK-NEXT:         CallExpr ... @36:2
// CHECK-NEXT:           fun: Ident g @36:2
// CHECK-NEXT:           Ident xs @36:4
// CHECK-NEXT:       ExprStmt @37:2
// CHECK-NEXT:         CallExpr @37:2
// CHECK-NEXT:           fun: Ident h @37:2
// CHECK-NEXT:           BasicLit INT 1 @38:3
// CHECK-NEXT:           BasicLit INT 2 @39:3
// CHECK-NEXT:       AssignStmt = @41:2
// CHECK-NEXT:         lhs: Ident _ @41:2
// CHECK-NEXT:         rhs: SelectorExpr @41:6
// CHECK-NEXT:           Ident T @41:6
// CHECK-NEXT:           sel: Ident m @41:8
package p

func f() {
	a.b.c(1, 2)
	g(xs...)
	h(
		1,
		2,
	)
	_ = T.m
}
