// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Struct types: named fields, embedded fields, pointers, qualified embedded types and tags.
// CHECK: File p @29:1
// CHECK-NEXT:   GenDecl type @31:1
// CHECK-NEXT:     TypeSpec S @31:6
// CHECK-NEXT:       StructType @31:8
// CHECK-NEXT:         FieldList @31:15
// CHECK-NEXT:           Field a b @32:2
// CHECK-NEXT:             Ident int @32:7
// CHECK-NEXT:             tag: BasicLit STRING `json:"a"` @32:11
// CHECK-NEXT:           Field @33:2
// CHECK-NEXT:             Ident T @33:2
// CHECK-NEXT:           Field @34:2
// CHECK-NEXT:             StarExpr @34:2
// CHECK-NEXT:               Ident U @34:3
// CHECK-NEXT:           Field @35:2
// CHECK-NEXT:             SelectorExpr @35:2
// CHECK-NEXT:               Ident io @35:2
// CHECK-NEXT:               sel: Ident Reader @35:5
// CHECK-NEXT:           Field c @36:2
// CHECK-NEXT:             StructType @36:4
// CHECK-NEXT:               FieldList @36:10
// CHECK-NEXT:                 Field x @36:12
// CHECK-NEXT:                   Ident int @36:14
// CHECK-NEXT:             tag: BasicLit STRING "tag" @36:20
// CHECK-NEXT:           Field _ @37:2
// CHECK-NEXT:             Ident float32 @37:4
package p

type S struct {
	a, b int `json:"a"`
	T
	*U
	io.Reader
	c struct{ x int } "tag"
	_ float32
}
