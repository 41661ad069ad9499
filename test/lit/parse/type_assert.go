// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Type assertions and comma-ok forms.
// CHECK: File p @38:1
// CHECK-NEXT:   FuncDecl f @40:1
// CHECK-NEXT:     FuncType @40:1
// CHECK-NEXT:       params: FieldList @40:7
// CHECK-NEXT:         Field v @40:8
// CHECK-NEXT:           InterfaceType @40:10
// CHECK-NEXT:             FieldList @40:19
// CHECK-NEXT:     body: BlockStmt @40:23
// CHECK-NEXT:       AssignStmt = @41:2
// CHECK-NEXT:         lhs: Ident _ @41:2
// CHECK-NEXT:         rhs: TypeAssertExpr @41:6
// CHECK-NEXT:           Ident v @41:6
// CHECK-NEXT:           type: Ident int @41:9
// CHECK-NEXT:       AssignStmt := @42:2
// CHECK-NEXT:         lhs: Ident s @42:2
// CHECK-NEXT:         lhs: Ident ok @42:5
// CHECK-NEXT:         rhs: TypeAssertExpr @42:11
// CHECK-NEXT:           Ident v @42:11
// CHECK-NEXT:           type: SelectorExpr @42:14
// CHECK-NEXT:             Ident fmt @42:14
// CHECK-NEXT:             sel: Ident Stringer @42:18
// CHECK-NEXT:       AssignStmt = @43:2
// CHECK-NEXT:         lhs: Ident _ @43:2
// CHECK-NEXT:         lhs: Ident _ @43:5
// CHECK-NEXT:         rhs: Ident s @43:9
// CHECK-NEXT:         rhs: Ident ok @43:12
// CHECK-NEXT:       AssignStmt = @44:2
// CHECK-NEXT:         lhs: Ident _ @44:2
// CHECK-NEXT:         rhs: SelectorExpr @44:6
// CHECK-NEXT:           TypeAssertExpr @44:6
// CHECK-NEXT:             Ident v @44:6
// CHECK-NEXT:             type: StarExpr @44:9
// CHECK-NEXT:               Ident T @44:10
// CHECK-NEXT:           sel: Ident x @44:13
package p

func f(v interface{}) {
	_ = v.(int)
	s, ok := v.(fmt.Stringer)
	_, _ = s, ok
	_ = v.(*T).x
}
