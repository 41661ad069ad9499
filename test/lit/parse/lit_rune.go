// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Rune literals with every escape form.
// CHECK: File p @30:1
// CHECK-NEXT:   GenDecl var (grouped) @32:1
// CHECK-NEXT:     ValueSpec a @33:2
// CHECK-NEXT:       value: BasicLit CHAR 'x' @33:6
// CHECK-NEXT:     ValueSpec b @34:2
// CHECK-NEXT:       value: BasicLit CHAR '\n' @34:6
// CHECK-NEXT:     ValueSpec c @35:2
// CHECK-NEXT:       value: BasicLit CHAR '\'' @35:6
// CHECK-NEXT:     ValueSpec d @36:2
// CHECK-NEXT:       value: BasicLit CHAR '\\' @36:6
// CHECK-NEXT:     ValueSpec e @37:2
// CHECK-NEXT:       value: BasicLit CHAR '\x7f' @37:6
// CHECK-NEXT:     ValueSpec f @38:2
// CHECK-NEXT:       value: BasicLit CHAR '\u00e9' @38:6
// CHECK-NEXT:     ValueSpec g @39:2
// CHECK-NEXT:       value: BasicLit CHAR '\U0001F600' @39:6
// CHECK-NEXT:     ValueSpec h @40:2
// CHECK-NEXT:       value: BasicLit CHAR '\101' @40:6
// CHECK-NEXT:     ValueSpec i @41:2
// CHECK-NEXT:       value: BasicLit CHAR 'é' @41:6
// CHECK-NEXT:     ValueSpec j @42:2
// CHECK-NEXT:       value: BasicLit CHAR '\a' @42:6
// CHECK-NEXT:     ValueSpec k @43:2
// CHECK-NEXT:       value: BasicLit CHAR '\v' @43:6
// CHECK-NEXT:     ValueSpec l @44:2
// CHECK-NEXT:       value: BasicLit CHAR '"' @44:6
package p

var (
	a = 'x'
	b = '\n'
	c = '\''
	d = '\\'
	e = '\x7f'
	f = '\u00e9'
	g = '\U0001F600'
	h = '\101'
	i = 'é'
	j = '\a'
	k = '\v'
	l = '"'
)
