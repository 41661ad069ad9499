// RUN: printf 'package main\n\nvar s = 1 \377\n' > %t.go
// RUN: not %golite build %t.go 2>&1 | FileCheck %s --implicit-check-not=.go:
// Ill-formed UTF-8 is reported and skipped (gc wording; checked with
// go tool compile on the same bytes).
// CHECK: {{.*}}.go:3:11: invalid UTF-8 encoding
