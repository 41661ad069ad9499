// RUN: printf '\357\273\277package main\n\nvar x = 1 \357\273\277+ 2\n' > %t.go
// RUN: not %golite build %t.go 2>&1 | FileCheck %s --implicit-check-not=.go:
// A byte order mark is accepted at the start of a file only.
// CHECK: {{.*}}.go:3:11: invalid BOM in the middle of the file
