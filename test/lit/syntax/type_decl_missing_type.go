// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A type declaration needs a type.
// CHECK: {{.*}}type_decl_missing_type.go:6:7: syntax error: unexpected newline in type declaration
package main

type T

func main() {}
