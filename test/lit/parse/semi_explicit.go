// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Explicit semicolons separate statements on one line; the empty statements stay.
// CHECK: File p @15:1
// CHECK-NEXT:   FuncDecl f @17:1
// CHECK-NEXT:     FuncType @17:1
// CHECK-NEXT:       params: FieldList @17:7
// CHECK-NEXT:     body: BlockStmt @17:10
// CHECK-NEXT:       AssignStmt := @17:12
// CHECK-NEXT:         lhs: Ident a @17:12
// CHECK-NEXT:         rhs: BasicLit INT 1 @17:17
// CHECK-NEXT:       IncDecStmt ++ @17:20
// CHECK-NEXT:         Ident a @17:20
// CHECK-NEXT:       EmptyStmt @17:24
package p

func f() { a := 1; a++;; }
