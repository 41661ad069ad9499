// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// range over nil slices, maps and empty strings runs zero times.

package main

func main() {
	var s []int
	var m map[string]bool
	var str string
	var p *[0]int
	for range s {
		println("s")
	}
	for range m {
		println("m")
	}
	for range str {
		println("str")
	}
	for range p {
		println("p")
	}
	println("none")
}

// CHECK: none
