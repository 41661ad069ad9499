// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Interpreted and raw string literals.
// CHECK: File p @24:1
// CHECK-NEXT:   GenDecl var (grouped) @26:1
// CHECK-NEXT:     ValueSpec a @27:2
// CHECK-NEXT:       value: BasicLit STRING "hello" @27:6
// CHECK-NEXT:     ValueSpec b @28:2
// CHECK-NEXT:       value: BasicLit STRING "" @28:6
// CHECK-NEXT:     ValueSpec c @29:2
// CHECK-NEXT:       value: BasicLit STRING "tab\tnl\n" @29:6
// CHECK-NEXT:     ValueSpec d @30:2
// CHECK-NEXT:       value: BasicLit STRING "\"quoted\"" @30:6
// CHECK-NEXT:     ValueSpec e @31:2
// CHECK-NEXT:       value: BasicLit STRING "\xff\u00e9\U0001F600\377" @31:6
// CHECK-NEXT:     ValueSpec f @32:2
// CHECK-NEXT:       value: BasicLit STRING `raw \n string` @32:6
// CHECK-NEXT:     ValueSpec g @33:2
// CHECK-NEXT:       value: BasicLit STRING `multi<NL>line` @33:6
// CHECK-NEXT:     ValueSpec h @35:2
// CHECK-NEXT:       value: BasicLit STRING "日本語" @35:6
// CHECK-NEXT:     ValueSpec i @36:2
// CHECK-NEXT:       value: BasicLit CHAR '`' @36:6
package p

var (
	a = "hello"
	b = ""
	c = "tab\tnl\n"
	d = "\"quoted\""
	e = "\xff\u00e9\U0001F600\377"
	f = `raw \n string`
	g = `multi
line`
	h = "日本語"
	i = '`'
)
