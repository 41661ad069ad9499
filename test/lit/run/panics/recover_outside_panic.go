// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// recover returns nil when there is no panic, or when not called by a deferred function directly.

package main

func helper() interface{} { return recover() }

func main() {
	println(recover() == nil)
	defer func() {
		r := recover()
		println("direct", r.(int))
	}()
	defer func() {
		r := helper()
		println("helper", r == nil)
	}()
	panic(7)
}

// CHECK: true
// CHECK-NEXT: helper true
// CHECK-NEXT: direct 7
