// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Closures nested several levels deep share outer variables.

package main

func main() {
	total := 0
	outer := func(a int) func(int) func() int {
		return func(b int) func() int {
			return func() int {
				total += a + b
				return total
			}
		}
	}
	f := outer(1)(2)
	g := outer(10)(20)
	println(f(), g(), f(), total)
}

// CHECK: 3 33 36 36
