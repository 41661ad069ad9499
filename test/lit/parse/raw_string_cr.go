// RUN: printf 'package p\r\n\r\nvar s = `a\r\nb`\r\n' > %t.go
// RUN: %golite dump-ast %t.go | FileCheck %s
// REQUIRES: golite
// Carriage returns are dropped from raw string literals (their value never
// contains \r) and are white space elsewhere.
// CHECK: File p @1:1
// CHECK-NEXT: GenDecl var @3:1
// CHECK-NEXT: ValueSpec s @3:5
// CHECK-NEXT: value: BasicLit STRING `a<NL>b` @3:9
