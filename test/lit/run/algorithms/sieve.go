// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Sieve of Eratosthenes on a large boolean array.

package main

func main() {
	const n = 100000
	var composite [n + 1]bool
	count := 0
	last := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		last = i
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	println(count, last)
}

// CHECK: 9592 99991
