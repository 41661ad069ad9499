// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// go and defer statements with calls and function literals.
// CHECK: File p @28:1
// CHECK-NEXT:   FuncDecl f @30:1
// CHECK-NEXT:     FuncType @30:1
// CHECK-NEXT:       params: FieldList @30:7
// CHECK-NEXT:     body: BlockStmt @30:10
// CHECK-NEXT:       GoStmt @31:2
// CHECK-NEXT:         CallExpr @31:5
// CHECK-NEXT:           fun: Ident g @31:5
// CHECK-NEXT:           BasicLit INT 1 @31:7
// CHECK-NEXT:       DeferStmt @32:2
// CHECK-NEXT:         CallExpr @32:8
// CHECK-NEXT:           fun: FuncLit @32:8
// CHECK-NEXT:             FuncType @32:8
// CHECK-NEXT:               params: FieldList @32:12
// CHECK-NEXT:             BlockStmt @32:15
// CHECK-NEXT:               ExprStmt @33:3
// CHECK-NEXT:                 CallExpr @33:3
// CHECK-NEXT:                   fun: Ident recover @33:3
// CHECK-NEXT:   FuncDecl g @37:1
// CHECK-NEXT:     FuncType @37:1
// CHECK-NEXT:       params: FieldList @37:7
// CHECK-NEXT:         Field @37:8
// CHECK-NEXT:           Ident int @37:8
// CHECK-NEXT:     body: BlockStmt @37:13
package p

func f() {
	go g(1)
	defer func() {
		recover()
	}()
}

func g(int) {}
