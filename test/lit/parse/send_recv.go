// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Send statements and receive expressions.
// CHECK: File p @27:1
// CHECK-NEXT:   FuncDecl f @29:1
// CHECK-NEXT:     FuncType @29:1
// CHECK-NEXT:       params: FieldList @29:7
// CHECK-NEXT:         Field c @29:8
// CHECK-NEXT:           ChanType chan @29:10
// CHECK-NEXT:             Ident int @29:15
// CHECK-NEXT:     body: BlockStmt @29:20
// CHECK-NEXT:       SendStmt @30:2
// CHECK-NEXT:         chan: Ident c @30:2
// CHECK-NEXT:         value: BasicLit INT 1 @30:7
// CHECK-NEXT:       ExprStmt @31:2
// CHECK-NEXT:         UnaryExpr <- @31:2
// CHECK-NEXT:           Ident c @31:4
// CHECK-NEXT:       AssignStmt := @32:2
// CHECK-NEXT:         lhs: Ident x @32:2
// CHECK-NEXT:         rhs: BinaryExpr + @32:7
// CHECK-NEXT:           UnaryExpr <- @32:7
// CHECK-NEXT:             Ident c @32:9
// CHECK-NEXT:           BasicLit INT 1 @32:13
// CHECK-NEXT:       AssignStmt = @33:2
// CHECK-NEXT:         lhs: Ident _ @33:2
// CHECK-NEXT:         rhs: Ident x @33:6
package p

func f(c chan int) {
	c <- 1
	<-c
	x := <-c + 1
	_ = x
}
