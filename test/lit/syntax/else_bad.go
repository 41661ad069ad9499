// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// else must be followed by if or a block.
// CHECK: {{.*}}else_bad.go:9:9: syntax error: else must be followed by if or statement block
package main

func main() {
	x := true
	if x {
	} else for {
	}
}
