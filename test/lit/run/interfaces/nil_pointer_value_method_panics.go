// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Calling a value method through a nil pointer in an interface panics.

package main

type Animal interface{ Sound() string }
type Cat struct{ name string }

func (c Cat) Sound() string { return c.name + " meows" }

func main() {
	var c *Cat
	var a Animal = c
	println(a != nil)
	println(a.Sound())
}

// CHECK: true
// CHECK-NEXT: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code={{.*}} addr={{.*}} pc={{.*}}]
