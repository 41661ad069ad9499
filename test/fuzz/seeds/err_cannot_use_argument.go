// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Passing an argument of the wrong type.

package main

func f(s string) {}

func main() {
	f(42)
	var b []byte
	f(b)
}

// CHECK: {{.*}}cannot_use_argument.go:9:4: cannot use 42 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cannot_use_argument.go:11:4: cannot use b (variable of type []byte) as type string in argument to f
