// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Returning too few values.

package main

func f() (int, string) {
	return 1
}

func main() { f() }

// CHECK: {{.*}}not_enough_return_values.go:7:9: not enough return values
// CHECK-NEXT: 	have (number)
// CHECK-NEXT: 	want (int, string)
