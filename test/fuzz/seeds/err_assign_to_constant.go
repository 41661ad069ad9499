// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Constants cannot be assigned.

package main

const k = 1

func main() {
	k = 2
}

// CHECK: {{.*}}assign_to_constant.go:9:2: cannot assign to k (untyped int constant 1)
