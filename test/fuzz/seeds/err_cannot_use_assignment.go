// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Assigning a value of the wrong type.

package main

func main() {
	x := 1
	var s string
	s = x
	println(s)
}

// CHECK: {{.*}}cannot_use_assignment.go:9:6: cannot use x (variable of type int) as type string in assignment
