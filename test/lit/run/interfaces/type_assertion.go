// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Type assertions, with and without comma-ok, to concrete and interface types.

package main

type Namer interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	println(n, ok)
	s, ok := x.(string)
	println(s == "", ok)
	var y interface{} = Dog{}
	nm, ok := y.(Namer)
	println(nm.Name(), ok)
	_, ok = x.(Namer)
	println(ok)
	println(y.(Dog).Name())
	var nilI interface{}
	_, ok = nilI.(int)
	println(ok)
}

// CHECK: 42 true
// CHECK-NEXT: true false
// CHECK-NEXT: dog true
// CHECK-NEXT: false
// CHECK-NEXT: dog
// CHECK-NEXT: false
