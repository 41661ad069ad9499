// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// gc evaluates the calls and receives of a statement first, then its plain
// operands (variables, index operands, dereferences), and golite does the same.

package main

type T struct{ n int }

func (t *T) inc() int { t.n++; return t.n }

var g int

func f() int { g += 10; return g }

func pair(a, b int) (int, int) { return a, b }

func main() {
	t := &T{}
	println(t.n, t.inc())
	x := 1
	h := func() int { x = 5; return 2 }
	println(x+h(), x)
	x = 1
	s := []int{x, h()}
	println(s[0], s[1])
	x = 1
	a, b := x, h()
	println(a, b)
	println(g, f(), g)
	x = 1
	println(pair(x, h()))
	m := map[int]int{}
	x = 1
	m[x] = h()
	println(len(m), m[1], m[5])
	arr := [3]int{}
	i := 0
	k := func() int { i = 2; return 7 }
	arr[i] = k()
	println(arr[0], arr[2])
	x = 1
	st := struct{ a, b int }{x, h()}
	println(st.a, st.b)
	x = 1
	y := -x + h()
	println(y)
	x = 1
	str := "a"
	ks := func() string { str = "zz"; return "b" }
	println(str + ks())
	x = 1
	p := &x
	q := func() int { *p = 9; return 1 }
	println(*p, q())
}

// CHECK: 1 1
// CHECK-NEXT: 7 5
// CHECK-NEXT: 5 2
// CHECK-NEXT: 5 2
// CHECK-NEXT: 10 10 10
// CHECK-NEXT: 5 2
// CHECK-NEXT: 1 0 2
// CHECK-NEXT: 0 7
// CHECK-NEXT: 5 2
// CHECK-NEXT: -3
// CHECK-NEXT: zzb
// CHECK-NEXT: 9 1
