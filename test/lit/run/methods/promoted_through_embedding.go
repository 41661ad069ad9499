// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Methods promoted through several levels of embedding.

package main

type A struct{}

func (A) Who() string { return "A" }
func (A) Only() string { return "only A" }

type B struct{ A }

func (B) Who() string { return "B" }

type C struct{ B }

func main() {
	var c C
	println(c.Who(), c.B.Who(), c.B.A.Who(), c.Only())
}

// CHECK: B B A only A
