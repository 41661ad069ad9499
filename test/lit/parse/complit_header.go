// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Composite literals in if/for/switch headers must be parenthesized; in calls and index expressions they need not be.
// CHECK: File p @37:1
// CHECK-NEXT:   FuncDecl f @39:1
// CHECK-NEXT:     FuncType @39:1
// CHECK-NEXT:       params: FieldList @39:7
// CHECK-NEXT:     body: BlockStmt @39:10
// CHECK-NEXT:       IfStmt @40:2
// CHECK-NEXT:         cond: BinaryExpr == @40:5
// CHECK-NEXT:           Ident x @40:5
// CHECK-NEXT:           ParenExpr @40:10
// CHECK-NEXT:             CompositeLit @40:11
// CHECK-NEXT:               type: Ident T @40:11
// CHECK-NEXT:         body: BlockStmt @40:16
// CHECK-NEXT:       RangeStmt := @42:2
// CHECK-NEXT:         key: Ident _ @42:6
// CHECK-NEXT:         value: Ident v @42:9
// CHECK-NEXT:         x: CompositeLit @42:20
// CHECK-NEXT:           type: ArrayType slice @42:20
// CHECK-NEXT:             elt: Ident int @42:22
// CHECK-NEXT:           BasicLit INT 1 @42:26
// CHECK-NEXT:           BasicLit INT 2 @42:29
// CHECK-NEXT:         body: BlockStmt @42:32
// CHECK-NEXT:           AssignStmt = @43:3
// CHECK-NEXT:             lhs: Ident _ @43:3
// CHECK-NEXT:             rhs: Ident v @43:7
// CHECK-NEXT:       SwitchStmt @45:2
// CHECK-NEXT:         tag: CallExpr @45:9
// CHECK-NEXT:           fun: Ident g @45:9
// CHECK-NEXT:           CompositeLit @45:11
// CHECK-NEXT:             type: Ident T @45:11
// CHECK-NEXT:         body: BlockStmt @45:16
// CHECK-NEXT:       IfStmt @47:2
// CHECK-NEXT:         cond: Ident x @47:5
// CHECK-NEXT:         body: BlockStmt @47:7
package p

func f() {
	if x == (T{}) {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	switch g(T{}) {
	}
	if x {
	}
}
