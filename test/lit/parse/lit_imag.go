// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Imaginary literal forms.
// CHECK: File p @24:1
// CHECK-NEXT:   GenDecl var (grouped) @26:1
// CHECK-NEXT:     ValueSpec a @27:2
// CHECK-NEXT:       value: BasicLit IMAG 1i @27:6
// CHECK-NEXT:     ValueSpec b @28:2
// CHECK-NEXT:       value: BasicLit IMAG 0i @28:6
// CHECK-NEXT:     ValueSpec c @29:2
// CHECK-NEXT:       value: BasicLit IMAG 0123i @29:6
// CHECK-NEXT:     ValueSpec d @30:2
// CHECK-NEXT:       value: BasicLit IMAG 0o123i @30:6
// CHECK-NEXT:     ValueSpec e @31:2
// CHECK-NEXT:       value: BasicLit IMAG 0x1Fi @31:6
// CHECK-NEXT:     ValueSpec f @32:2
// CHECK-NEXT:       value: BasicLit IMAG 1.5i @32:6
// CHECK-NEXT:     ValueSpec g @33:2
// CHECK-NEXT:       value: BasicLit IMAG 1e3i @33:6
// CHECK-NEXT:     ValueSpec h @34:2
// CHECK-NEXT:       value: BasicLit IMAG 0x1p-2i @34:6
// CHECK-NEXT:     ValueSpec i @35:2
// CHECK-NEXT:       value: BasicLit IMAG 1_0i @35:6
package p

var (
	a = 1i
	b = 0i
	c = 0123i
	d = 0o123i
	e = 0x1Fi
	f = 1.5i
	g = 1e3i
	h = 0x1p-2i
	i = 1_0i
)
