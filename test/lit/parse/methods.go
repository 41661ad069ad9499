// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Method declarations with value, pointer and unnamed receivers.
// CHECK: File p @42:1
// CHECK-NEXT:   FuncDecl Value @44:1
// CHECK-NEXT:     recv: FieldList @44:6
// CHECK-NEXT:       Field t @44:7
// CHECK-NEXT:         Ident T @44:9
// CHECK-NEXT:     FuncType @44:1
// CHECK-NEXT:       params: FieldList @44:17
// CHECK-NEXT:       results: FieldList @44:20
// CHECK-NEXT:         Field @44:20
// CHECK-NEXT:           Ident int @44:20
// CHECK-NEXT:     body: BlockStmt @44:24
// CHECK-NEXT:       ReturnStmt @44:26
// CHECK-NEXT:         BasicLit INT 0 @44:33
// CHECK-NEXT:   FuncDecl Ptr @45:1
// CHECK-NEXT:     recv: FieldList @45:6
// CHECK-NEXT:       Field t @45:7
// CHECK-NEXT:         StarExpr @45:9
// CHECK-NEXT:           Ident T @45:10
// CHECK-NEXT:     FuncType @45:1
// CHECK-NEXT:       params: FieldList @45:16
// CHECK-NEXT:         Field x @45:17
// CHECK-NEXT:           Ident int @45:19
// CHECK-NEXT:     body: BlockStmt @45:24
// CHECK-NEXT:   FuncDecl Unnamed @46:1
// CHECK-NEXT:     recv: FieldList @46:6
// CHECK-NEXT:       Field @46:7
// CHECK-NEXT:         Ident T @46:7
// CHECK-NEXT:     FuncType @46:1
// CHECK-NEXT:       params: FieldList @46:17
// CHECK-NEXT:     body: BlockStmt @46:20
// CHECK-NEXT:   FuncDecl UnnamedPtr @47:1
// CHECK-NEXT:     recv: FieldList @47:6
// CHECK-NEXT:       Field @47:7
// CHECK-NEXT:         StarExpr @47:7
// CHECK-NEXT:           Ident T @47:8
// CHECK-NEXT:     FuncType @47:1
// CHECK-NEXT:       params: FieldList @47:21
// CHECK-NEXT:     body: BlockStmt @47:24
package p

func (t T) Value() int { return 0 }
func (t *T) Ptr(x int) {}
func (T) Unnamed() {}
func (*T) UnnamedPtr() {}
