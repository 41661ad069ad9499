// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Calling a function with too many arguments.

package main

func f(a int) {}

func main() {
	f(1, "two", 3.0)
}

// CHECK: {{.*}}too_many_arguments.go:9:7: too many arguments in call to f
// CHECK-NEXT: 	have (number, string, number)
// CHECK-NEXT: 	want (int)
