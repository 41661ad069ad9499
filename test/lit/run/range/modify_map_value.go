// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Modifying the range value variable does not change the collection.

package main

type T struct{ n int }

func main() {
	ts := []T{{1}, {2}}
	for _, t := range ts {
		t.n = 100
	}
	println(ts[0].n, ts[1].n)
	for i := range ts {
		ts[i].n *= 10
	}
	println(ts[0].n, ts[1].n)
}

// CHECK: 1 2
// CHECK-NEXT: 10 20
