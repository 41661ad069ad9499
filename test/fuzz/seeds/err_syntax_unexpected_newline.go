// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A syntax error in an expression list.

package main

func main() {
	println(1, 2,
}

// CHECK: {{.*}}syntax_unexpected_newline.go:8:1: syntax error: unexpected }, expecting expression
