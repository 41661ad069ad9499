// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A pointer method can be called on a nil pointer.

package main

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	var l *List
	println(l.Len())
	l = &List{1, &List{2, nil}}
	println(l.Len())
}

// CHECK: 0
// CHECK-NEXT: 2
