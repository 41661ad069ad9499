// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A goto that jumps into a block.

package main

func main() {
	goto M
	{
	M:
	}
}

// CHECK: {{.*}}goto_into_block.go:7:7: goto M jumps into block starting at {{.*}}goto_into_block.go:8:2
