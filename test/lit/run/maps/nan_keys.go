// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// NaN keys never match: every insert adds a new entry.

package main

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[1.5] = 3
	_, ok := m[nan]
	println(len(m), ok, m[1.5])
	n := 0
	sum := 0
	for k, v := range m {
		if k != k {
			n++
			sum += v
		}
	}
	println(n, sum)
	negz := -zero
	m[negz] = 7
	println(m[0], len(m))
}

// CHECK: 3 false 3
// CHECK-NEXT: 2 3
// CHECK-NEXT: 7 4
