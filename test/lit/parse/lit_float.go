// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Floating-point literal forms, including hexadecimal floats.
// CHECK: File p @30:1
// CHECK-NEXT:   GenDecl var (grouped) @32:1
// CHECK-NEXT:     ValueSpec a @33:2
// CHECK-NEXT:       value: BasicLit FLOAT 1.5 @33:6
// CHECK-NEXT:     ValueSpec b @34:2
// CHECK-NEXT:       value: BasicLit FLOAT 1. @34:6
// CHECK-NEXT:     ValueSpec c @35:2
// CHECK-NEXT:       value: BasicLit FLOAT .25 @35:6
// CHECK-NEXT:     ValueSpec d @36:2
// CHECK-NEXT:       value: BasicLit FLOAT 1e10 @36:6
// CHECK-NEXT:     ValueSpec e @37:2
// CHECK-NEXT:       value: BasicLit FLOAT 1E-3 @37:6
// CHECK-NEXT:     ValueSpec f @38:2
// CHECK-NEXT:       value: BasicLit FLOAT 6.67428e+11 @38:6
// CHECK-NEXT:     ValueSpec g @39:2
// CHECK-NEXT:       value: BasicLit FLOAT 1_5.0_1 @39:6
// CHECK-NEXT:     ValueSpec h @40:2
// CHECK-NEXT:       value: BasicLit FLOAT 0x1p-2 @40:6
// CHECK-NEXT:     ValueSpec i @41:2
// CHECK-NEXT:       value: BasicLit FLOAT 0X1.8P+3 @41:6
// CHECK-NEXT:     ValueSpec j @42:2
// CHECK-NEXT:       value: BasicLit FLOAT 0x_1.fp1 @42:6
// CHECK-NEXT:     ValueSpec k @43:2
// CHECK-NEXT:       value: BasicLit FLOAT 0. @43:6
// CHECK-NEXT:     ValueSpec l @44:2
// CHECK-NEXT:       value: BasicLit FLOAT 072.40 @44:6
package p

var (
	a = 1.5
	b = 1.
	c = .25
	d = 1e10
	e = 1E-3
	f = 6.67428e+11
	g = 1_5.0_1
	h = 0x1p-2
	i = 0X1.8P+3
	j = 0x_1.fp1
	k = 0.
	l = 072.40
)
