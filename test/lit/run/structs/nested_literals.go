// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Nested composite literals with elided types.

package main

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	lines := []Line{{Point{0, 0}, Point{1, 1}}, {A: Point{Y: 5}}}
	println(lines[0].B.X, lines[1].A.Y, lines[1].B.X)
	ptrs := []*Point{{1, 2}, {3, 4}}
	println(ptrs[1].X, ptrs[0].Y)
	m := map[string]Point{"o": {}}
	println(m["o"].X)
	arr := [...]Point{{1, 1}, 3: {3, 3}}
	println(len(arr), arr[3].Y)
}

// CHECK: 1 5 0
// CHECK-NEXT: 3 2
// CHECK-NEXT: 0
// CHECK-NEXT: 4 3
