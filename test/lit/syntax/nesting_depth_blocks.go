// RUN: python3 -c "print('package p\nfunc f() ' + '{' * 100000)" > %t.go
// RUN: not %golite build %t.go 2>&1 | FileCheck %s --implicit-check-not=.go:
// REQUIRES: golite
// golite-only: unterminated deep block nesting stops at the depth bound
// with a single diagnostic.
// CHECK: {{.*}}.go:2:1011: exceeded max nesting depth
