// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Constant expressions: float division, integer division, mixing kinds.

package main

func main() {
	const a = 7 / 2
	const b = 7 / 2.0
	const c = 'a' + 1
	const d = 1 << 10 >> 3
	const e = 5 % 3
	const f = true && !false
	println(a, b, c, d, e, f)
	x := 'a' + 1
	println(x)
}

// CHECK: 3 +3.500000e+000 98 128 2 true
// CHECK-NEXT: 98
