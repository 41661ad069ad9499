// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Pointer, bool and rune keys.

package main

func main() {
	a, b := new(int), new(int)
	m := map[*int]string{a: "a", b: "b"}
	println(m[a], m[b], len(m))
	bm := map[bool]int{true: 1}
	bm[false]--
	println(bm[true], bm[false])
	rm := map[rune]int{}
	for _, r := range "hello" {
		rm[r]++
	}
	println(rm['l'], rm['h'], len(rm))
}

// CHECK: a b 2
// CHECK-NEXT: 1 -1
// CHECK-NEXT: 2 1 4
