// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Arguments of a deferred call are evaluated when the defer statement runs.

package main

func show(tag string, v int) { println(tag, v) }

func main() {
	x := 1
	defer show("arg", x)
	defer func() { show("closure", x) }()
	x = 2
	p := &x
	defer func(v int) { show("param", v) }(*p)
	x = 3
}

// CHECK: param 2
// CHECK-NEXT: closure 3
// CHECK-NEXT: arg 1
