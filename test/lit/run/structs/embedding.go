// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Embedded fields are promoted, and shallower fields shadow deeper ones.

package main

type Base struct {
	ID   int
	Name string
}

type Mid struct {
	Base
	Name string
}

type Top struct {
	*Mid
	Extra int
}

func main() {
	m := Mid{Base: Base{ID: 1, Name: "base"}, Name: "mid"}
	println(m.ID, m.Name, m.Base.Name)
	t := Top{Mid: &m, Extra: 2}
	t.ID = 5
	println(t.ID, m.ID, t.Name, t.Base.Name, t.Extra)
}

// CHECK: 1 mid base
// CHECK-NEXT: 5 5 mid base 2
