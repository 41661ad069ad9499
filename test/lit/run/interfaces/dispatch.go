// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Calls through an interface dispatch on the dynamic type.

package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Square struct{ s float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string      { return "rect" }
func (s *Square) Area() float64 { return s.s * s.s }
func (s *Square) Name() string   { return "square" }

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		println(s.Name(), s.Area())
		total += s.Area()
	}
	println(total)
}

// CHECK: rect +6.000000e+000
// CHECK-NEXT: square +1.600000e+001
// CHECK-NEXT: rect +1.000000e+000
// CHECK-NEXT: +2.300000e+001
