// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Strings are immutable: their bytes cannot be assigned.

package main

func main() {
	s := "abc"
	s[0] = 'x'
	println(s)
}

// CHECK: {{.*}}string_index_assign.go:8:2: cannot assign to s[0] (value of type byte)
