// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The zero value of a struct has zero fields recursively.

package main

type Node struct {
	val   int
	name  string
	next  *Node
	items []int
	m     map[string]int
	ok    bool
	f     float64
	arr   [2]int
}

func main() {
	var n Node
	println(n.val, n.name == "", n.next == nil, n.items == nil, n.m == nil, n.ok, n.f, n.arr[1])
	p := &Node{val: 5}
	println(p.val, p.next == nil)
}

// CHECK: 0 true true true true false +0.000000e+000 0
// CHECK-NEXT: 5 true
