// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Division truncates toward zero; the remainder has the sign of the dividend.

package main

func main() {
	vals := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}}
	for _, v := range vals {
		println(v[0], v[1], v[0]/v[1], v[0]%v[1])
	}
	var a int8 = -7
	var b int8 = 3
	println(a/b, a%b)
	var c uint8 = 250
	var d uint8 = 7
	println(c/d, c%d)
}

// CHECK: 7 2 3 1
// CHECK-NEXT: -7 2 -3 -1
// CHECK-NEXT: 7 -2 -3 1
// CHECK-NEXT: -7 -2 3 -1
// CHECK-NEXT: 0 5 0 0
// CHECK-NEXT: 5 7 0 5
// CHECK-NEXT: -5 7 0 -5
// CHECK-NEXT: -2 -1
// CHECK-NEXT: 35 5
