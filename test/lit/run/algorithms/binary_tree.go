// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A binary search tree with recursive insert and in-order traversal via closures.

package main

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "e", "m", "z", "c", "m"} {
		root = root.Insert(w)
	}
	root.Walk(func(t *Tree) { println(t.Key, t.Count) })
	println("height", root.Height())
}

// CHECK: a 1
// CHECK-NEXT: c 2
// CHECK-NEXT: e 1
// CHECK-NEXT: m 3
// CHECK-NEXT: x 1
// CHECK-NEXT: z 1
// CHECK-NEXT: height 3
