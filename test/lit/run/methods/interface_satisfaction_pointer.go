// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Only *T has the pointer-receiver methods; T values in interfaces use value methods.

package main

type Sizer interface{ Size() int }
type Resizer interface {
	Sizer
	Resize(n int)
}

type Box struct{ n int }

func (b Box) Size() int      { return b.n }
func (b *Box) Resize(n int)  { b.n = n }

func main() {
	b := Box{3}
	var s Sizer = b
	var r Resizer = &b
	r.Resize(10)
	println(s.Size(), r.Size(), b.n)
	_, ok := s.(Resizer)
	println(ok)
	var i interface{} = &b
	_, ok = i.(Resizer)
	println(ok)
}

// CHECK: 3 10 10
// CHECK-NEXT: false
// CHECK-NEXT: true
