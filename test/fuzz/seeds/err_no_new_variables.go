// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// := with no new variable on the left.

package main

func main() {
	a := 1
	a := 2
	println(a)
}

// CHECK: {{.*}}no_new_variables.go:8:4: no new variables on left side of :=
