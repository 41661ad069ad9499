// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A type that lacks a method of the interface it is assigned to.

package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{}

func (Sq) Area() float64 { return 1 }

type Ptr struct{}

func (*Ptr) Area() float64      { return 1 }
func (*Ptr) Perimeter() float64 { return 1 }

func main() {
	var s Shape = Sq{}
	var t Shape = Ptr{}
	println(s, t)
}

// CHECK: {{.*}}missing_method.go:21:16: cannot use Sq{} (value of type Sq) as type Shape in variable declaration:
// CHECK-NEXT: 	Sq does not implement Shape (missing Perimeter method)
// CHECK-NEXT: {{.*}}missing_method.go:22:16: cannot use Ptr{} (value of type Ptr) as type Shape in variable declaration:
// CHECK-NEXT: 	Ptr does not implement Shape (Area method has pointer receiver)
