// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Anonymous struct types and struct literals.

package main

func main() {
	p := struct {
		X, Y int
		Name string
	}{1, 2, "pt"}
	println(p.X, p.Y, p.Name)
	list := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
	for _, e := range list {
		println(e.k, e.v)
	}
	var q struct{ X, Y int; Name string }
	q = p
	println(q == p)
}

// CHECK: 1 2 pt
// CHECK-NEXT: a 1
// CHECK-NEXT: b 2
// CHECK-NEXT: true
