// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Dereferencing a non-pointer.

package main

func main() {
	x := 5
	println(*x)
}

// CHECK: {{.*}}invalid_indirect.go:8:11: invalid operation: cannot indirect x (variable of type int)
