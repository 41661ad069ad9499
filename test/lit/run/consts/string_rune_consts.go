// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// String and rune constants, len of a constant string.

package main

const greeting = "héllo, 世界"
const r = '世'

func main() {
	println(len(greeting), greeting)
	println(r, string(r))
	const n = len("abc")
	var arr [n]int
	println(len(arr))
	println("con" + "cat")
}

// CHECK: 14 héllo, 世界
// CHECK-NEXT: 19990 世
// CHECK-NEXT: 3
// CHECK-NEXT: concat
