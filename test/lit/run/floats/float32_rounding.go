// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// float32 arithmetic rounds to single precision after every operation.

package main

func main() {
	var a float32 = 16777216
	println(a+1 == a, a+2 == a)
	var x float32 = 0.1
	var y float32 = 0.2
	println(x+y == 0.3, float64(x+y))
	var d float64 = 0.1
	println(d+0.2 == 0.3, d+0.2)
}

// CHECK: true false
// CHECK-NEXT: true +3.000000e-001
// CHECK-NEXT: false +3.000000e-001
