// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// new, &, * and pointer equality.

package main

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	inc(p)
	println(x, *p, p == &x)
	q := new(int)
	println(*q, q != p)
	pp := &p
	**pp = 10
	println(x)
	var np *int
	println(np == nil)
}

// CHECK: 2 2 true
// CHECK-NEXT: 0 true
// CHECK-NEXT: 10
// CHECK-NEXT: true
