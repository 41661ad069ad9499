// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A pointer to an array can be indexed, sliced and ranged directly.

package main

func fill(p *[4]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	var a [4]int
	fill(&a)
	p := &a
	println(p[3], len(p), a[2])
	s := p[1:3]
	s[0] = 42
	println(a[1], len(s), cap(s))
}

// CHECK: 9 4 4
// CHECK-NEXT: 42 2 3
