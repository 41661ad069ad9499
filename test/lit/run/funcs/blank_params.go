// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Blank and unnamed parameters.

package main

func f(_ int, b int, _ string) int { return b }

func g(int, string) bool { return true }

func main() {
	println(f(1, 2, "x"), g(0, ""))
}

// CHECK: 2 true
