// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Method values taken from interface values.

package main

type Greeter interface{ Greet() string }
type En struct{}
type Fr struct{}

func (En) Greet() string { return "hello" }
func (Fr) Greet() string { return "bonjour" }

func main() {
	var g Greeter = En{}
	f := g.Greet
	g = Fr{}
	println(f(), g.Greet())
	h := Greeter.Greet
	println(h(Fr{}))
}

// CHECK: hello bonjour
// CHECK-NEXT: bonjour
