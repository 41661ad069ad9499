// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Assignment forms: =, :=, op=, tuple assignment, ++ and --.
// CHECK: File p @32:1
// CHECK-NEXT:   FuncDecl f @34:1
// CHECK-NEXT:     FuncType @34:1
// CHECK-NEXT:       params: FieldList @34:7
// CHECK-NEXT:     body: BlockStmt @34:10
// CHECK-NEXT:       AssignStmt := @35:2
// CHECK-NEXT:         lhs: Ident a @35:2
// CHECK-NEXT:         lhs: Ident b @35:5
// CHECK-NEXT:         rhs: BasicLit INT 1 @35:10
// CHECK-NEXT:         rhs: BasicLit INT 2 @35:13
// CHECK-NEXT:       AssignStmt = @36:2
// CHECK-NEXT:         lhs: Ident a @36:2
// CHECK-NEXT:         lhs: Ident b @36:5
// CHECK-NEXT:         rhs: Ident b @36:9
// CHECK-NEXT:         rhs: Ident a @36:12
// CHECK-NEXT:       AssignStmt += @37:2
// CHECK-NEXT:         lhs: Ident a @37:2
// CHECK-NEXT:         rhs: BasicLit INT 1 @37:7
// CHECK-NEXT:       AssignStmt <<= @38:2
// CHECK-NEXT:         lhs: Ident a @38:2
// CHECK-NEXT:         rhs: BasicLit INT 2 @38:8
// CHECK-NEXT:       AssignStmt &^= @39:2
// CHECK-NEXT:         lhs: Ident a @39:2
// CHECK-NEXT:         rhs: Ident b @39:8
// CHECK-NEXT:       IncDecStmt -- @40:2
// CHECK-NEXT:         Ident a @40:2
// CHECK-NEXT:       IncDecStmt ++ @41:2
// CHECK-NEXT:         Ident b @41:2
package p

func f() {
	a, b := 1, 2
	a, b = b, a
	a += 1
	a <<= 2
	a &^= b
	a--
	b++
}
