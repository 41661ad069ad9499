// RUN: %golite check %s
// A program using many features that must check without errors.

package main

import "unsafe"

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }
func (p Point) Sum() int      { return p.X + p.Y }

type Shape interface{ Sum() int }

const (
	A = iota * 10
	B
	C
)

var arr [unsafe.Sizeof(Point{})]byte
var order = sum(first, second)
var first = 1
var second = first + 1

func sum(a, b int) int { return a + b }

func main() {
	p := Point{1, 2}
	p.Move(3)
	var s Shape = p
	_ = s.Sum()
	b := append([]byte("x"), "yz"...)
	n := copy(b, "ab")
	var u uint = 3
	var f float64 = 1 << 2
	x := 1 << u
	const c = len([3]int{})
	_ = [...]int{1, 2, c}
	add := func(d int) int { return x + d }
	_, _, _, _, _ = n, f, add(1), arr, order
	var i interface{} = 1
	switch v := i.(type) {
	case int:
		_ = v + 1
	}
	_ = complex(1, 2)
	_ = real(3i)
}
