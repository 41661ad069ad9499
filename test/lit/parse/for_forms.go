// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// The three-clause, condition-only and infinite for loops.
// CHECK: File p @33:1
// CHECK-NEXT:   FuncDecl f @35:1
// CHECK-NEXT:     FuncType @35:1
// CHECK-NEXT:       params: FieldList @35:7
// CHECK-NEXT:     body: BlockStmt @35:10
// CHECK-NEXT:       ForStmt @36:2
// CHECK-NEXT:         init: AssignStmt := @36:6
// CHECK-NEXT:           lhs: Ident i @36:6
// CHECK-NEXT:           rhs: BasicLit INT 0 @36:11
// CHECK-NEXT:         cond: BinaryExpr < @36:14
// CHECK-NEXT:           Ident i @36:14
// CHECK-NEXT:           BasicLit INT 3 @36:18
// CHECK-NEXT:         post: IncDecStmt ++ @36:21
// CHECK-NEXT:           Ident i @36:21
// CHECK-NEXT:         body: BlockStmt @36:25
// CHECK-NEXT:       ForStmt @38:2
// CHECK-NEXT:         cond: BinaryExpr < @38:6
// CHECK-NEXT:           Ident x @38:6
// CHECK-NEXT:           BasicLit INT 3 @38:10
// CHECK-NEXT:         body: BlockStmt @38:12
// CHECK-NEXT:       ForStmt @40:2
// CHECK-NEXT:         body: BlockStmt @40:6
// CHECK-NEXT:           BranchStmt break @41:3
// CHECK-NEXT:       ForStmt @43:2
// CHECK-NEXT:         body: BlockStmt @43:10
// CHECK-NEXT:           BranchStmt continue @44:3
// CHECK-NEXT:   GenDecl var @48:1
// CHECK-NEXT:     ValueSpec x @48:5
// CHECK-NEXT:       type: Ident int @48:7
package p

func f() {
	for i := 0; i < 3; i++ {
	}
	for x < 3 {
	}
	for {
		break
	}
	for ; ; {
		continue
	}
}

var x int
