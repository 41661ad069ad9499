// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Storing a value in an interface copies it.

package main

type T struct{ n int }

func main() {
	t := T{1}
	var i interface{} = t
	t.n = 2
	println(i.(T).n, t.n)
	arr := [2]int{1, 2}
	var j interface{} = arr
	arr[0] = 100
	println(j.([2]int)[0])
}

// CHECK: 1 2
// CHECK-NEXT: 1
