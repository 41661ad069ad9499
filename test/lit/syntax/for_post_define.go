// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// The post statement of a for loop cannot declare variables.
// CHECK: {{.*}}for_post_define.go:7:24: syntax error: cannot declare in post statement of for loop
package main

func main() {
	for i := 0; i < 10; j := 1 {
		_ = i
	}
}
