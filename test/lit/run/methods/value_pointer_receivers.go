// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Value receivers get a copy; pointer receivers modify the original.

package main

type C struct{ n int }

func (c C) IncValue()    { c.n++ }
func (c *C) IncPointer() { c.n++ }

func main() {
	c := C{}
	c.IncValue()
	println(c.n)
	c.IncPointer()
	println(c.n)
	p := &c
	p.IncValue()
	p.IncPointer()
	println(c.n)
}

// CHECK: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 2
