// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Using an undeclared name.

package main

func main() {
	println(x)
}

// CHECK: {{.*}}undefined.go:7:10: undefined: x
