// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Binary operator with operands of different types.

package main

func main() {
	a := 1
	b := "s"
	println(a + b)
}

// CHECK: {{.*}}mismatched_types.go:9:10: invalid operation: a + b (mismatched types int and string)
