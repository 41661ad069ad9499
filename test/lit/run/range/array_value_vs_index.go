// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range over an array with only the index does not copy the array.

package main

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * 2
	}
	sum := 0
	for _, v := range a {
		sum += v
	}
	println(sum)
	p := &a
	for i, v := range p {
		p[i] = v + 1
	}
	println(a[0], a[4])
}

// CHECK: 20
// CHECK-NEXT: 1 9
