// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Structs and arrays are valid map keys, compared by value.

package main

type Point struct{ X, Y int }

func main() {
	m := map[Point]string{}
	m[Point{1, 2}] = "a"
	m[Point{2, 1}] = "b"
	m[Point{1, 2}] = "c"
	println(len(m), m[Point{1, 2}], m[Point{2, 1}])
	a := map[[2]string]int{{"x", "y"}: 1}
	a[[2]string{"x", "y"}]++
	println(a[[2]string{"x", "y"}], len(a))
}

// CHECK: 2 c b
// CHECK-NEXT: 2 1
