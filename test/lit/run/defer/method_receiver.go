// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The receiver of a deferred method call is evaluated at the defer statement.

package main

type T struct{ name string }

func (t T) Print()   { println("value", t.name) }
func (t *T) PPrint() { println("pointer", t.name) }

func main() {
	t := T{"before"}
	defer t.Print()
	defer t.PPrint()
	t.name = "after"
}

// CHECK: pointer after
// CHECK-NEXT: value before
