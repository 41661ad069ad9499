// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Package-level maps, slices and struct values initialised by composite literals.

package main

type Op struct {
	name string
	prec int
}

var ops = map[string]Op{
	"+": {"add", 1},
	"*": {"mul", 2},
}

var primes = []int{2, 3, 5, 7, 11}

var table = [...]string{"zero", "one", "two"}

var total = sumPrimes()

func sumPrimes() int {
	s := 0
	for _, p := range primes {
		s += p
	}
	return s
}

func main() {
	println(ops["+"].name, ops["*"].prec, len(ops))
	println(len(primes), total, table[2], len(table))
}

// CHECK: add 2 2
// CHECK-NEXT: 5 28 two 3
