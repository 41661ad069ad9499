// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Reading, ranging over and deleting from a nil map are allowed.

package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	println(v, ok)
	delete(m, "z")
	for range m {
		println("never")
	}
	println("done")
}

// CHECK: true 0 0
// CHECK-NEXT: 0 false
// CHECK-NEXT: done
