// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A goto that jumps over a variable declaration.

package main

func main() {
	goto L
	v := 1
	_ = v
L:
}

// CHECK: {{.*}}goto_over_var.go:7:7: goto L jumps over declaration of v at {{.*}}goto_over_var.go:8:4
