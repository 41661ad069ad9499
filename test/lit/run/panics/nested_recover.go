// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A recovered panic in a nested call does not disturb the outer function.

package main

func inner() {
	defer func() { println("inner recovered", recover().(string)) }()
	panic("inner")
}

func outer() {
	defer func() { println("outer recover is nil:", recover() == nil) }()
	inner()
	println("outer continues")
}

func main() {
	outer()
	println("main done")
}

// CHECK: inner recovered inner
// CHECK-NEXT: outer continues
// CHECK-NEXT: outer recover is nil: true
// CHECK-NEXT: main done
