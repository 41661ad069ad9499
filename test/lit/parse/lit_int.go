// RUN: %golite dump-ast %s | FileCheck %s
// REQUIRES: golite
// Integer literal forms; BasicLit keeps the source text.
// CHECK: File p @28:1
// CHECK-NEXT:   GenDecl const (grouped) @30:1
// CHECK-NEXT:     ValueSpec a @31:2
// CHECK-NEXT:       value: BasicLit INT 42 @31:6
// CHECK-NEXT:     ValueSpec b iota=1 @32:2
// CHECK-NEXT:       value: BasicLit INT 4_2 @32:6
// CHECK-NEXT:     ValueSpec c iota=2 @33:2
// CHECK-NEXT:       value: BasicLit INT 0x1F @33:6
// CHECK-NEXT:     ValueSpec d iota=3 @34:2
// CHECK-NEXT:       value: BasicLit INT 0X_ff @34:6
// CHECK-NEXT:     ValueSpec e iota=4 @35:2
// CHECK-NEXT:       value: BasicLit INT 0o17 @35:6
// CHECK-NEXT:     ValueSpec f iota=5 @36:2
// CHECK-NEXT:       value: BasicLit INT 0O7_7 @36:6
// CHECK-NEXT:     ValueSpec g iota=6 @37:2
// CHECK-NEXT:       value: BasicLit INT 017 @37:6
// CHECK-NEXT:     ValueSpec h iota=7 @38:2
// CHECK-NEXT:       value: BasicLit INT 0b1011 @38:6
// CHECK-NEXT:     ValueSpec i iota=8 @39:2
// CHECK-NEXT:       value: BasicLit INT 0B_1 @39:6
// CHECK-NEXT:     ValueSpec j iota=9 @40:2
// CHECK-NEXT:       value: BasicLit INT 0 @40:6
// CHECK-NEXT:     ValueSpec k iota=10 @41:2
// CHECK-NEXT:       value: BasicLit INT 1_000_000 @41:6
package p

const (
	a = 42
	b = 4_2
	c = 0x1F
	d = 0X_ff
	e = 0o17
	f = 0O7_7
	g = 017
	h = 0b1011
	i = 0B_1
	j = 0
	k = 1_000_000
)
