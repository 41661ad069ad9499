// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Runtime errors are recovered as values implementing error.

package main

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		println(name, ok, err.Error())
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	var s []int
	var i interface{} = "s"
	zero := 0
	idx := 5
	catch("index", func() { _ = s[idx] })
	catch("nilmap", func() { m["a"] = 1 })
	catch("div", func() { _ = 1 / zero })
	catch("nil", func() { _ = p.x })
	catch("assert", func() { _ = i.(int) })
	catch("slice", func() { _ = s[1:idx] })
	catch("arr", func() { a := [3]int{}; _ = a[idx%4+2] })
}

// CHECK: index true runtime error: index out of range [5] with length 0
// CHECK-NEXT: nilmap true assignment to entry in nil map
// CHECK-NEXT: div true runtime error: integer divide by zero
// CHECK-NEXT: nil true runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: assert true interface conversion: interface {} is string, not int
// CHECK-NEXT: slice true runtime error: slice bounds out of range [:5] with capacity 0
// CHECK-NEXT: arr true runtime error: index out of range [3] with length 3
