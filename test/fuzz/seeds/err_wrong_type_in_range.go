// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Cannot range over a non-collection, and too many range variables for a map.

package main

func main() {
	n := 10
	for i := range n {
		println(i)
	}
}

// CHECK: {{.*}}wrong_type_in_range.go:8:17: cannot range over n (variable of type int)
