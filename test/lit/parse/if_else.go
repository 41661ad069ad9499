// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// if with init statement and else-if chain.
// CHECK: File p @36:1
// CHECK-NEXT:   FuncDecl f @38:1
// CHECK-NEXT:     FuncType @38:1
// CHECK-NEXT:       params: FieldList @38:7
// CHECK-NEXT:         Field x @38:8
// CHECK-NEXT:           Ident int @38:10
// CHECK-NEXT:       results: FieldList @38:15
// CHECK-NEXT:         Field @38:15
// CHECK-NEXT:           Ident int @38:15
// CHECK-NEXT:     body: BlockStmt @38:19
// CHECK-NEXT:       IfStmt @39:2
// CHECK-NEXT:         init: AssignStmt := @39:5
// CHECK-NEXT:           lhs: Ident y @39:5
// CHECK-NEXT:           rhs: BinaryExpr * @39:10
// CHECK-NEXT:             Ident x @39:10
// CHECK-NEXT:             BasicLit INT 2 @39:14
// CHECK-NEXT:         cond: BinaryExpr > @39:17
// CHECK-NEXT:           Ident y @39:17
// CHECK-NEXT:           BasicLit INT 10 @39:21
// CHECK-NEXT:         body: BlockStmt @39:24
// CHECK-NEXT:           ReturnStmt @40:3
// CHECK-NEXT:             BasicLit INT 1 @40:10
// CHECK-NEXT:         else: IfStmt @41:9
// CHECK-NEXT:           cond: BinaryExpr < @41:12
// CHECK-NEXT:             Ident x @41:12
// CHECK-NEXT:             BasicLit INT 0 @41:16
// CHECK-NEXT:           body: BlockStmt @41:18
// CHECK-NEXT:             ReturnStmt @42:3
// CHECK-NEXT:               BasicLit INT 2 @42:10
// CHECK-NEXT:           else: BlockStmt @43:9
// CHECK-NEXT:             ReturnStmt @44:3
// CHECK-NEXT:               BasicLit INT 3 @44:10
package p

func f(x int) int {
	if y := x * 2; y > 10 {
		return 1
	} else if x < 0 {
		return 2
	} else {
		return 3
	}
}
