// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A label must be followed by a statement.
// CHECK: {{.*}}label_missing_stmt.go:13:3: syntax error: missing statement after label
// CHECK: {{.*}}label_missing_stmt.go:14:2: syntax error: unexpected ), expecting }
// CHECK: {{.*}}label_missing_stmt.go:16:1: syntax error: non-declaration statement outside function body
package main

func main() {
	for {
	L:
	}
	{
	M:
	)
	}
}
