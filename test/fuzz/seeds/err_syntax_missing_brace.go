// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A syntax error: unexpected token.

package main

func main() {
	x := 1
	if x == 1 
	{
		println(x)
	}
}

// CHECK: {{.*}}syntax_missing_brace.go:8:12: syntax error: unexpected newline, expecting { after if clause
