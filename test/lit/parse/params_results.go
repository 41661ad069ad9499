// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Parameter grouping, unnamed parameters, variadic parameters and result lists.
// CHECK: File p @53:1
// CHECK-NEXT:   FuncDecl f @55:1
// CHECK-NEXT:     FuncType @55:1
// CHECK-NEXT:       params: FieldList @55:7
// CHECK-NEXT:         Field a b @55:8
// CHECK-NEXT:           Ident int @55:13
// CHECK-NEXT:         Field c @55:18
// CHECK-NEXT:           Ident string @55:20
// CHECK-NEXT:     body: BlockStmt @55:28
// CHECK-NEXT:   FuncDecl g @56:1
// CHECK-NEXT:     FuncType @56:1
// CHECK-NEXT:       params: FieldList @56:7
// CHECK-NEXT:         Field @56:8
// CHECK-NEXT:           Ident int @56:8
// CHECK-NEXT:         Field @56:13
// CHECK-NEXT:           Ident string @56:13
// CHECK-NEXT:       results: FieldList @56:21
// CHECK-NEXT:         Field @56:22
// CHECK-NEXT:           Ident int @56:22
// CHECK-NEXT:         Field @56:27
// CHECK-NEXT:           Ident error @56:27
// CHECK-NEXT:     body: BlockStmt @56:34
// CHECK-NEXT:       ReturnStmt @56:36
// CHECK-NEXT:         BasicLit INT 0 @56:43
// CHECK-NEXT:         Ident nil @56:46
// CHECK-NEXT:   FuncDecl h @57:1
// CHECK-NEXT:     FuncType @57:1
// CHECK-NEXT:       params: FieldList @57:7
// CHECK-NEXT:         Field format @57:8
// CHECK-NEXT:           Ident string @57:15
// CHECK-NEXT:         Field args @57:23
// CHECK-NEXT:           Ellipsis @57:28
// CHECK-NEXT:             InterfaceType @57:31
// CHECK-NEXT:               FieldList @57:40
// CHECK-NEXT:     body: BlockStmt @57:44
// CHECK-NEXT:   FuncDecl k @58:1
// CHECK-NEXT:     FuncType @58:1
// CHECK-NEXT:       params: FieldList @58:7
// CHECK-NEXT:       results: FieldList @58:10
// CHECK-NEXT:         Field x y @58:11
// CHECK-NEXT:           Ident int @58:16
// CHECK-NEXT:     body: BlockStmt @58:21
// CHECK-NEXT:       ReturnStmt @58:23
// CHECK-NEXT:   FuncDecl l @59:1
// CHECK-NEXT:     FuncType @59:1
// CHECK-NEXT:       params: FieldList @59:7
// CHECK-NEXT:         Field @59:8
// CHECK-NEXT:           Ellipsis @59:8
// CHECK-NEXT:             Ident int @59:11
package p

func f(a, b int, c string) {}
func g(int, string) (int, error) { return 0, nil }
func h(format string, args ...interface{}) {}
func k() (x, y int) { return }
func l(...int)
