// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Method expressions T.M and (*T).M take the receiver as first argument.

package main

type P struct{ x int }

func (p P) Get() int        { return p.x }
func (p *P) Set(v int)      { p.x = v }
func (p P) Add(d int) P     { return P{p.x + d} }

func main() {
	get := P.Get
	set := (*P).Set
	pget := (*P).Get
	add := P.Add
	p := P{1}
	set(&p, 5)
	println(get(p), pget(&p), add(p, 10).x)
}

// CHECK: 5 5 15
