// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The opening brace of a function body must be on the same line.
// CHECK: {{.*}}func_brace_newline.go:7:1: syntax error: unexpected semicolon or newline before {
package main

func main()
{
}
