// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A function with results that can fall off its end.

package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func main() { f(1) }

// CHECK: {{.*}}missing_return.go:10:1: missing return
