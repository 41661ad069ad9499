// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// v, ok := m[k] distinguishes a missing key from a zero value.

package main

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	println(v, ok)
	v, ok = m["missing"]
	println(v, ok)
	if _, ok := m["one"]; ok {
		println("has one")
	}
}

// CHECK: 0 true
// CHECK-NEXT: 0 false
// CHECK-NEXT: has one
