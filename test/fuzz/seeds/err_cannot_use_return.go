// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Returning a value of the wrong type.

package main

func f() string {
	return 1.5
}

func main() { f() }

// CHECK: {{.*}}cannot_use_return.go:7:9: cannot use 1.5 (untyped float constant) as string value in return statement
