// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Named results are zero-initialised and returned by a bare return.

package main

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (a int, b string, c []int) { return }

func shadow() (n int) {
	n = 1
	{
		n := 2
		_ = n
	}
	return
}

func main() {
	println(split(17))
	a, b, c := zero()
	println(a, b == "", c == nil)
	println(shadow())
}

// CHECK: 7 10
// CHECK-NEXT: 0 true true
// CHECK-NEXT: 1
