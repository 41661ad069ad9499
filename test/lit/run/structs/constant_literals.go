// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Composite literals whose elements are all constants (copied from static
// data) are fresh values every time, keyed elements and gaps included.

package main

type P struct {
	X, Y int
	S    string
	F    float64
	B    bool
	Q    *int
}

type A [4]P

var tab = []P{{1, 2, "a", 1.5, true, nil}, {X: 3, S: "bb"}, {}}
var arr = A{{X: 9}, {Y: 8, S: "zz"}, 3: {F: -2.25}}

func mk() [3]string { return [3]string{"p", "q", "r"} }

func main() {
	for i := 0; i < 2; i++ {
		loc := [70]int{1, 2, 3, 69: 7}
		loc[0] += i
		println(loc[0], loc[1], loc[69])
		s := []string{"x", "y", 5: "z"}
		s[0] += "!"
		println(len(s), s[0], s[4] == "", s[5])
		m := mk()
		m[0] = "changed"
		println(mk()[0], m[0])
		st := struct {
			a [3]uint8
			b complex128
		}{[3]uint8{1, 2, 3}, 2 + 3i}
		println(st.a[2], real(st.b), imag(st.b))
	}
	println(len(tab), tab[0].S, tab[0].B, tab[1].X, tab[1].S, tab[2].F)
	println(arr[0].X, arr[1].S, arr[3].F, arr[2].Y)
	tab[1].X = 77
	println(tab[1].X)
}

// CHECK: 1 2 7
// CHECK-NEXT: 6 x! true z
// CHECK-NEXT: p changed
// CHECK-NEXT: 3 +2.000000e+000 +3.000000e+000
// CHECK-NEXT: 2 2 7
// CHECK-NEXT: 6 x! true z
// CHECK-NEXT: p changed
// CHECK-NEXT: 3 +2.000000e+000 +3.000000e+000
// CHECK-NEXT: 3 a true 3 bb +0.000000e+000
// CHECK-NEXT: 9 zz -2.250000e+000 0
// CHECK-NEXT: 77
