// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Variadic parameters: none, several, and spreading a slice.

package main

func sum(prefix string, nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	println(prefix, len(nums), nums == nil, t)
	return t
}

func modify(xs ...int) { xs[0] = 99 }

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	s := []int{4, 5}
	sum("spread", s...)
	modify(s...)
	println(s[0])
	var any []interface{}
	f := func(args ...interface{}) int { return len(args) }
	println(f(1, "a", nil), f(any...), f())
}

// CHECK: none 0 true 0
// CHECK-NEXT: three 3 false 6
// CHECK-NEXT: spread 2 false 9
// CHECK-NEXT: 99
// CHECK-NEXT: 3 0 0
