// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// An interface holding a nil pointer is not nil.

package main

type E struct{}

func (*E) Error() string { return "E" }

func mayFail(fail bool) error {
	var p *E
	if fail {
		p = &E{}
	}
	return p
}

func realNil() error { return nil }

func main() {
	err := mayFail(false)
	println(err == nil)
	println(realNil() == nil)
	var p *E
	var i interface{} = p
	println(i == nil, i.(*E) == nil)
}

// CHECK: false
// CHECK-NEXT: true
// CHECK-NEXT: false true
