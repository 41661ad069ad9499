// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// go and defer with the copy builtin: operands evaluated at the statement.

package main

func f(done chan bool) {
	defer func() { done <- true }()
	a := []int{1, 2, 3}
	b := a
	defer func() { println("after copy", b[0], b[1], b[2]) }()
	defer copy(a, []int{7, 8})
	a = []int{0}
	println(len(b), len(a))
}

func main() {
	dst := make([]byte, 5)
	done := make(chan bool)
	go copy(dst, "hello")
	go f(done)
	<-done
	println(len(dst))
}

// CHECK: 3 1
// CHECK-NEXT: after copy 7 8 3
// CHECK-NEXT: 5
