// RUN: python3 -c "print('package p\nvar x = ' + '(' * 5000 + '1' + ')' * 5000)" > %t.go
// RUN: not %golite build %t.go 2>&1 | FileCheck %s --implicit-check-not=.go:
// REQUIRES: golite
// golite-only: nesting is bounded (1000 levels) so that deeply nested input
// is diagnosed instead of overflowing the compiler's stack.
// CHECK: {{.*}}.go:2:1009: exceeded max nesting depth
