// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// range with no variables, one, two, := and =.
// CHECK: File p @54:1
// CHECK-NEXT:   FuncDecl f @56:1
// CHECK-NEXT:     FuncType @56:1
// CHECK-NEXT:       params: FieldList @56:7
// CHECK-NEXT:         Field s @56:8
// CHECK-NEXT:           ArrayType slice @56:10
// CHECK-NEXT:             elt: Ident int @56:12
// CHECK-NEXT:         Field m @56:17
// CHECK-NEXT:           MapType @56:19
// CHECK-NEXT:             key: Ident string @56:23
// CHECK-NEXT:             value: Ident int @56:30
// CHECK-NEXT:         Field c @56:35
// CHECK-NEXT:           ChanType chan @56:37
// CHECK-NEXT:             Ident int @56:42
// CHECK-NEXT:     body: BlockStmt @56:47
// CHECK-NEXT:       RangeStmt @57:2
// CHECK-NEXT:         x: Ident s @57:12
// CHECK-NEXT:         body: BlockStmt @57:14
// CHECK-NEXT:       RangeStmt := @59:2
// CHECK-NEXT:         key: Ident i @59:6
// CHECK-NEXT:         x: Ident s @59:17
// CHECK-NEXT:         body: BlockStmt @59:19
// CHECK-NEXT:           AssignStmt = @60:3
// CHECK-NEXT:             lhs: Ident _ @60:3
// CHECK-NEXT:             rhs: Ident i @60:7
// CHECK-NEXT:       RangeStmt := @62:2
// CHECK-NEXT:         key: Ident k @62:6
// CHECK-NEXT:         value: Ident v @62:9
// CHECK-NEXT:         x: Ident m @62:20
// CHECK-NEXT:         body: BlockStmt @62:22
// CHECK-NEXT:           AssignStmt = @63:3
// CHECK-NEXT:             lhs: Ident _ @63:3
// CHECK-NEXT:             lhs: Ident _ @63:6
// CHECK-NEXT:             rhs: Ident k @63:10
// CHECK-NEXT:             rhs: Ident v @63:13
// CHECK-NEXT:       DeclStmt @65:2
// CHECK-NEXT:         GenDecl var @65:2
// CHECK-NEXT:           ValueSpec k @65:6
// CHECK-NEXT:             type: Ident string @65:8
// CHECK-NEXT:       RangeStmt = @66:2
// CHECK-NEXT:         key: Ident k @66:6
// CHECK-NEXT:         x: Ident m @66:16
// CHECK-NEXT:         body: BlockStmt @66:18
// CHECK-NEXT:       RangeStmt := @68:2
// CHECK-NEXT:         key: Ident x @68:6
// CHECK-NEXT:         x: Ident c @68:17
// CHECK-NEXT:         body: BlockStmt @68:19
// CHECK-NEXT:           AssignStmt = @69:3
// CHECK-NEXT:             lhs: Ident _ @69:3
// CHECK-NEXT:             rhs: Ident x @69:7
package p

func f(s []int, m map[string]int, c chan int) {
	for range s {
	}
	for i := range s {
		_ = i
	}
	for k, v := range m {
		_, _ = k, v
	}
	var k string
	for k = range m {
	}
	for x := range c {
		_ = x
	}
}
