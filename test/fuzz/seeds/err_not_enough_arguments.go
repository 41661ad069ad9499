// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Calling a function with too few arguments.

package main

func f(a int, b string) {}

func main() {
	f(1)
}

// CHECK: {{.*}}not_enough_arguments.go:9:4: not enough arguments in call to f
// CHECK-NEXT: 	have (number)
// CHECK-NEXT: 	want (int, string)
