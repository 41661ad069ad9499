// RUN: printf 'package main\n\nvar x = 1 \000+ 2\n' > %t.go
// RUN: not %golite build %t.go 2>&1 | FileCheck %s --implicit-check-not=.go:
// NUL bytes are not allowed in source text.
// CHECK: {{.*}}.go:3:11: invalid NUL character
