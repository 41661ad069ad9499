// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// nil has no type of its own.

package main

func main() {
	x := nil
	println(x)
}

// CHECK: {{.*}}untyped_nil.go:7:7: use of untyped nil in assignment
