// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Converting between interface types by assertion checks the method set.

package main

type A interface{ F() int }
type B interface{ G() int }
type T struct{}

func (T) F() int { return 1 }
func (T) G() int { return 2 }

type U struct{}

func (U) F() int { return 10 }

func main() {
	var a A = T{}
	b, ok := a.(B)
	println(ok, b.G())
	a = U{}
	_, ok = a.(B)
	println(ok, a.F())
}

// CHECK: true 2
// CHECK-NEXT: false 10
