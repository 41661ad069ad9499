// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Automatic semicolons after identifiers, literals, return, ++, ) ] }.
// CHECK: File p @29:1
// CHECK-NEXT:   FuncDecl f @31:1
// CHECK-NEXT:     FuncType @31:1
// CHECK-NEXT:       params: FieldList @31:7
// CHECK-NEXT:       results: FieldList @31:10
// CHECK-NEXT:         Field @31:10
// CHECK-NEXT:           Ident int @31:10
// CHECK-NEXT:     body: BlockStmt @31:14
// CHECK-NEXT:       AssignStmt := @32:2
// CHECK-NEXT:         lhs: Ident x @32:2
// CHECK-NEXT:         rhs: BasicLit INT 1 @32:7
// CHECK-NEXT:       IncDecStmt ++ @33:2
// CHECK-NEXT:         Ident x @33:2
// CHECK-NEXT:       ExprStmt @34:2
// CHECK-NEXT:         CallExpr @34:2
// CHECK-NEXT:           fun: Ident g @34:2
// CHECK-NEXT:           Ident x @34:4
// CHECK-NEXT:       ReturnStmt @35:2
// CHECK-NEXT:         Ident x @35:9
// CHECK-NEXT:   FuncDecl g @38:1
// CHECK-NEXT:     FuncType @38:1
// CHECK-NEXT:       params: FieldList @38:7
// CHECK-NEXT:         Field @38:8
// CHECK-NEXT:           Ident int @38:8
// CHECK-NEXT:     body: BlockStmt @38:13
package p

func f() int {
	x := 1
	x++
	g(x)
	return x
}

func g(int) {}
