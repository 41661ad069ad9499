// Benchmark fib: naive recursive Fibonacci, fib(N) (default 35), a call
// per step. Every call of fib runs the prologue's stack check (fib is not
// a leaf), so this is the worst case for its cost: bench/fib/stackcheck.py
// compares builds with and without the check (docs/stacks.md).
package main

import "os"

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 35
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	println("fib", n, fib(n))
}
