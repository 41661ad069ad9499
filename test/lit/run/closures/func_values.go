// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Function values: nil comparison, passing and returning functions.

package main

func apply(f func(int) int, v int) int { return f(v) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func double(x int) int { return 2 * x }

func main() {
	var f func(int) int
	println(f == nil)
	f = double
	println(f != nil, apply(f, 21))
	sq := func(x int) int { return x * x }
	println(compose(double, sq)(3), compose(sq, double)(3))
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	println(ops["add"](5, 3), ops["sub"](5, 3))
}

// CHECK: true
// CHECK-NEXT: true 42
// CHECK-NEXT: 18 36
// CHECK-NEXT: 8 2
