// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// //go: and //golite: directives are recorded with the position of the following declaration.
// CHECK: File p @19:1
// CHECK-NEXT:   Pragma //go:noinline @22:1
// CHECK-NEXT:   Pragma //golite:extern @26:1
// CHECK-NEXT:   Pragma //go:linkname g runtime.g @26:1
// CHECK-NEXT:   FuncDecl f @22:1
// CHECK-NEXT:     FuncType @22:1
// CHECK-NEXT:       params: FieldList @22:7
// CHECK-NEXT:     body: BlockStmt @22:10
// CHECK-NEXT:   FuncDecl g @26:1
// CHECK-NEXT:     FuncType @26:1
// CHECK-NEXT:       params: FieldList @26:7
// CHECK-NEXT:   FuncDecl h @29:1
// CHECK-NEXT:     FuncType @29:1
// CHECK-NEXT:       params: FieldList @29:7
// CHECK-NEXT:     body: BlockStmt @29:10
package p

//go:noinline
func f() {}

//golite:extern
//go:linkname g runtime.g
func g()

// not a directive
func h() {}
