// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Returning a value from a function without results.

package main

func f() {
	return 1
}

func main() { f() }

// CHECK: {{.*}}return_count_void.go:7:9: too many return values
// CHECK-NEXT: 	have (number)
// CHECK-NEXT: 	want ()
