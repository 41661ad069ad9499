// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Evaluation order per statement kind: defer and go arguments left to right;
// return, receive, &&/||, nested calls, assignment, switch tag, concatenation.

package main

type T struct{ n int }

func (t *T) inc() int { t.n++; return t.n }
func (t T) get() int  { return t.n }

var trace []string

func tr(s string, v int) int { trace = append(trace, s); return v }

func show() {
	for _, s := range trace {
		print(s, " ")
	}
	println()
	trace = trace[:0]
}

func two() (int, int) { return tr("two", 1), 2 }

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func ret(x *int) (int, int) {
	return *x, func() int { *x = 100; return 1 }()
}

func main() {
	t := &T{}
	// Operands of a call.
	println(t.n, t.inc(), t.n)
	// Defer and go arguments.
	x := 1
	bump := func() int { x += 10; return x }
	func() {
		defer func(a, b int) { println("deferred", a, b) }(x, bump())
	}()
	done := make(chan int)
	go func(a, b int) { done <- a*1000 + b }(x, bump())
	println(<-done)
	// Return statements.
	y := 5
	println(ret(&y))
	// Receives count as communication operations.
	c := make(chan int, 3)
	c <- 7
	c <- 8
	z := 1
	println(z+<-c, <-c)
	// && and || evaluate their right operand lazily.
	k := 0
	f := func(v bool) bool { k++; return v }
	if f(false) && f(true) {
		println("no")
	}
	println("k", k, k > 0 || f(true), k)
	// Calls nested in calls, in order.
	println(sum(tr("a", 1), tr("b", 2), sum(tr("c", 3), tr("d", 4))))
	show()
	a, b := two()
	println(a, b)
	show()
	// Composite literals and index expressions on the left.
	arr := []int{0, 0, 0}
	i := 0
	seti := func() int { i = 2; return 9 }
	arr[i] = seti()
	println(arr[0], arr[1], arr[2])
	m := map[string]int{}
	key := "a"
	setk := func() int { key = "b"; return 1 }
	m[key] += setk()
	println(m["a"], m["b"])
	// Value receivers are copied when the call is evaluated.
	v := T{n: 1}
	w := func() int { v.n = 50; return 0 }
	println(v.get(), w(), v.get())
	// Append.
	s := []int{1}
	grow := func() int { s = append(s, 2); return 3 }
	s2 := append(s, grow())
	println(len(s2), s2[0], s2[len(s2)-1])
	// Switch tags and cases.
	n := 1
	setn := func() int { n = 2; return 2 }
	switch n + setn() {
	case 3:
		println("three")
	case 4:
		println("four")
	}
	// Multiple assignment with calls on both sides.
	p, q := 1, 2
	swapq := func() int { p = 40; return 30 }
	p, q = q, swapq()
	println(p, q)
	// String concatenation.
	str := "x"
	sets := func() string { str = "y"; return "z" }
	println(str + sets() + str)
}

// CHECK: 1 1 1
// CHECK-NEXT: deferred 1 11
// CHECK-NEXT: 11021
// CHECK-NEXT: 100 1
// CHECK-NEXT: 8 8
// CHECK-NEXT: k 1 true 1
// CHECK-NEXT: 10
// CHECK-NEXT: a b c d 
// CHECK-NEXT: 1 2
// CHECK-NEXT: two 
// CHECK-NEXT: 0 0 9
// CHECK-NEXT: 0 1
// CHECK-NEXT: 1 0 50
// CHECK-NEXT: 3 1 3
// CHECK-NEXT: four
// CHECK-NEXT: 2 30
// CHECK-NEXT: yzy
