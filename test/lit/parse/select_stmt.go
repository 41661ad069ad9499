// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// select with send, receive, receive-assign and default clauses.
// CHECK: File p @42:1
// CHECK-NEXT:   FuncDecl f @44:1
// CHECK-NEXT:     FuncType @44:1
// CHECK-NEXT:       params: FieldList @44:7
// CHECK-NEXT:         Field c @44:8
// CHECK-NEXT:           ChanType chan @44:10
// CHECK-NEXT:             Ident int @44:15
// CHECK-NEXT:     body: BlockStmt @44:20
// CHECK-NEXT:       SelectStmt @45:2
// CHECK-NEXT:         BlockStmt @45:9
// CHECK-NEXT:           CommClause @46:2
// CHECK-NEXT:             comm: SendStmt @46:7
// CHECK-NEXT:               chan: Ident c @46:7
// CHECK-NEXT:               value: BasicLit INT 1 @46:12
// CHECK-NEXT:           CommClause @47:2
// CHECK-NEXT:             comm: ExprStmt @47:7
// CHECK-NEXT:               UnaryExpr <- @47:7
// CHECK-NEXT:                 Ident c @47:9
// CHECK-NEXT:           CommClause @48:2
// CHECK-NEXT:             comm: AssignStmt := @48:7
// CHECK-NEXT:               lhs: Ident x @48:7
// CHECK-NEXT:               rhs: UnaryExpr <- @48:12
// CHECK-NEXT:                 Ident c @48:14
// CHECK-NEXT:             AssignStmt = @49:3
// CHECK-NEXT:               lhs: Ident _ @49:3
// CHECK-NEXT:               rhs: Ident x @49:7
// CHECK-NEXT:           CommClause @50:2
// CHECK-NEXT:             comm: AssignStmt := @50:7
// CHECK-NEXT:               lhs: Ident x @50:7
// CHECK-NEXT:               lhs: Ident ok @50:10
// CHECK-NEXT:               rhs: UnaryExpr <- @50:16
// CHECK-NEXT:                 Ident c @50:18
// CHECK-NEXT:             AssignStmt = @51:3
// CHECK-NEXT:               lhs: Ident _ @51:3
// CHECK-NEXT:               lhs: Ident _ @51:6
// CHECK-NEXT:               rhs: Ident x @51:10
// CHECK-NEXT:               rhs: Ident ok @51:13
// CHECK-NEXT:           CommClause default @52:2
package p

func f(c chan int) {
	select {
	case c <- 1:
	case <-c:
	case x := <-c:
		_ = x
	case x, ok := <-c:
		_, _ = x, ok
	default:
	}
}
