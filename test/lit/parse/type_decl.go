// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Type definitions, aliases and grouped type declarations.
// CHECK: File p @34:1
// CHECK-NEXT:   GenDecl type @36:1
// CHECK-NEXT:     TypeSpec A @36:6
// CHECK-NEXT:       Ident int @36:8
// CHECK-NEXT:   GenDecl type @37:1
// CHECK-NEXT:     TypeSpec B alias @37:6
// CHECK-NEXT:       Ident A @37:10
// CHECK-NEXT:   GenDecl type (grouped) @38:1
// CHECK-NEXT:     TypeSpec C @39:2
// CHECK-NEXT:       ArrayType slice @39:4
// CHECK-NEXT:         elt: Ident A @39:6
// CHECK-NEXT:     TypeSpec D @40:2
// CHECK-NEXT:       MapType @40:4
// CHECK-NEXT:         key: Ident string @40:8
// CHECK-NEXT:         value: StarExpr @40:15
// CHECK-NEXT:           Ident C @40:16
// CHECK-NEXT:     TypeSpec E @41:2
// CHECK-NEXT:       FuncType @41:4
// CHECK-NEXT:         params: FieldList @41:8
// CHECK-NEXT:           Field @41:9
// CHECK-NEXT:             Ident int @41:9
// CHECK-NEXT:         results: FieldList @41:14
// CHECK-NEXT:           Field @41:15
// CHECK-NEXT:             Ident string @41:15
// CHECK-NEXT:           Field @41:23
// CHECK-NEXT:             Ident error @41:23
// CHECK-NEXT:     TypeSpec F @42:2
// CHECK-NEXT:       ArrayType @42:4
// CHECK-NEXT:         len: BasicLit INT 4 @42:5
// CHECK-NEXT:         elt: Ident byte @42:7
package p

type A int
type B = A
type (
	C []A
	D map[string]*C
	E func(int) (string, error)
	F [4]byte
)
