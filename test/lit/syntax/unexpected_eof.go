// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A file ending inside a block.
// CHECK: {{.*}}unexpected_eof.go:8:1: syntax error: unexpected EOF, expecting }
package main

func main() {
	println("hi")
