// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Converting a slice to an array pointer (Go 1.17) shares the elements.

package main

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 10
	println(s[0], len(p))
	q := (*[0]int)(s[4:])
	println(q != nil)
}

// CHECK: 10 3
// CHECK-NEXT: true
