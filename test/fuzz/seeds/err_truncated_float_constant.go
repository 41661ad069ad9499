// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Float constants that are not integers cannot become ints.

package main

func main() {
	var i int = 2.5
	println(i)
}

// CHECK: {{.*}}truncated_float_constant.go:7:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
