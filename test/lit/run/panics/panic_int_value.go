// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// An unrecovered panic with an integer prints the number.

package main

func main() {
	panic(42)
}

// CHECK: panic: 42
