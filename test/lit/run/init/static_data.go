// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Package variables whose initializers are compile-time data (constants,
// constant composite literals, slices and &T{} of them) are static data;
// they are still writable, distinct, and ready for initializers that read
// them in dependency order, whatever their position in the source.

package main

import "fmt"

type point struct {
	X, Y int
	Tag  string
}

var early = sum() // reads table, declared below

var table = [5]int{10, 20, 30, 40, 50}
var pts = []point{{1, 2, "a"}, {3, 4, "b"}, 4: {9, 9, "e"}}
var origin = &point{Tag: "origin"}
var also = &point{Tag: "origin"} // its own object
var grid = [2][3]float64{{1.5, 2.5}, {3.5}}
var names = []string{"x", "yy", "zzz"}
var empty = []int{}
var none []int = nil
var zeroSize = &struct{}{}
var iface interface{} = 7
var pi, e = 3.14159, 2.71828
var u8s = [...]uint8{255, 0, 7}

func sum() int {
	s := 0
	for _, v := range table {
		s += v
	}
	return s
}

func main() {
	fmt.Println(early, table, len(pts), cap(pts), pts[4], pts[2])
	pts[0].Tag = "changed"
	table[0] = 11
	origin.X = 5
	fmt.Println(pts[0], table[0], *origin, *also, origin == also)
	pts = append(pts, point{7, 7, "g"})
	fmt.Println(len(pts), pts[5])
	fmt.Println(grid, names, len(names[2]), empty == nil, len(empty), none == nil)
	fmt.Println(zeroSize != nil, iface, pi, e, u8s)
	names[1] = "w"
	fmt.Println(names)
}

// CHECK: 150 [10 20 30 40 50] 5 5 {9 9 e} {0 0 }
// CHECK-NEXT: {1 2 changed} 11 {5 0 origin} {0 0 origin} false
// CHECK-NEXT: 6 {7 7 g}
// CHECK-NEXT: {{\[\[}}1.5 2.5 0] [3.5 0 0]] [x yy zzz] 3 false 0 true
// CHECK-NEXT: true 7 3.14159 2.71828 [255 0 7]
// CHECK-NEXT: [x w zzz]
