// RUN: printf '\357\273\277package p\n\nvar x = 1\n' > %t.go
// RUN: %golite dump-ast %t.go | FileCheck %s
// REQUIRES: golite
// A byte order mark at the start of a file is skipped silently (go tool
// compile accepts the same bytes).
// CHECK: File p @1:4
// CHECK-NEXT: GenDecl var @3:1
