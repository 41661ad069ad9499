// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Insert, overwrite, lookup and len.

package main

func main() {
	m := map[string]int{}
	m["one"] = 1
	m["two"] = 2
	m["one"] = 11
	println(len(m), m["one"], m["two"], m["three"])
	m2 := map[int]string{1: "a", 2: "b"}
	println(len(m2), m2[1], m2[2], m2[3] == "")
}

// CHECK: 2 11 2 0
// CHECK-NEXT: 2 a b true
