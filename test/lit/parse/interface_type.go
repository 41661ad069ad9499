// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Interface types: methods, embedded interfaces, empty interfaces.
// CHECK: File p @30:1
// CHECK-NEXT:   GenDecl type @32:1
// CHECK-NEXT:     TypeSpec I @32:6
// CHECK-NEXT:       InterfaceType @32:8
// CHECK-NEXT:         FieldList @32:18
// CHECK-NEXT:           Field M @33:2
// CHECK-NEXT:             FuncType @33:3
// CHECK-NEXT:               params: FieldList @33:3
// CHECK-NEXT:                 Field x @33:4
// CHECK-NEXT:                   Ident int @33:6
// CHECK-NEXT:               results: FieldList @33:11
// CHECK-NEXT:                 Field @33:11
// CHECK-NEXT:                   Ident string @33:11
// CHECK-NEXT:           Field N @34:2
// CHECK-NEXT:             FuncType @34:3
// CHECK-NEXT:               params: FieldList @34:3
// CHECK-NEXT:           Field @35:2
// CHECK-NEXT:             SelectorExpr @35:2
// CHECK-NEXT:               Ident fmt @35:2
// CHECK-NEXT:               sel: Ident Stringer @35:6
// CHECK-NEXT:           Field @36:2
// CHECK-NEXT:             Ident J @36:2
// CHECK-NEXT:   GenDecl var @39:1
// CHECK-NEXT:     ValueSpec e @39:5
// CHECK-NEXT:       type: InterfaceType @39:7
// CHECK-NEXT:         FieldList @39:16
package p

type I interface {
	M(x int) string
	N()
	fmt.Stringer
	J
}

var e interface{}
