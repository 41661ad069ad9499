// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Methods of embedded types are promoted through values and pointers.

package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }

type Wrapper struct {
	Counter
	label string
}

type PtrWrapper struct {
	*Counter
}

func main() {
	var w Wrapper
	w.Inc()
	w.Inc()
	println(w.Get(), w.n, w.Counter.n)
	pw := PtrWrapper{&Counter{10}}
	pw.Inc()
	println(pw.Get())
}

// CHECK: 2 2 2
// CHECK-NEXT: 11
