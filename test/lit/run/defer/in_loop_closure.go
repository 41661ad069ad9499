// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Deferred closures in a loop see the shared loop variable (Go 1.19).

package main

func main() {
	defer println()
	for i := 0; i < 3; i++ {
		defer func() { print(i, " ") }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { print(n, " ") }(i)
	}
}

// CHECK: 2 1 0 3 3 3 
