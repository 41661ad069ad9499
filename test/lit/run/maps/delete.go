// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// delete removes a key; deleting a missing key is a no-op.

package main

func main() {
	m := map[int]bool{1: true, 2: true, 3: true}
	delete(m, 2)
	delete(m, 42)
	_, ok := m[2]
	println(len(m), ok, m[1], m[3])
	for k := range m {
		delete(m, k)
	}
	println(len(m))
}

// CHECK: 2 false true true
// CHECK-NEXT: 0
