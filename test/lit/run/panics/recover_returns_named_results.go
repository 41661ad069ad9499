// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A function that recovers returns its named results as set so far.

package main

func divide(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	q = -1
	q = a / b
	ok = true
	return
}

func main() {
	q, ok := divide(10, 2)
	println(q, ok)
	q, ok = divide(1, 0)
	println(q, ok)
}

// CHECK: 5 true
// CHECK-NEXT: -1 false
