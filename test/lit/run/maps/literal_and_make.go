// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Map literals and make with a size hint.

package main

func main() {
	m := map[string][]string{
		"a": {"x", "y"},
		"b": nil,
	}
	println(len(m), len(m["a"]), m["b"] == nil)
	n := make(map[int]int, 100)
	println(len(n))
	n[1] = 1
	println(len(n))
	nested := map[string]map[string]int{"outer": {"inner": 42}}
	println(nested["outer"]["inner"], nested["none"]["x"])
}

// CHECK: 2 2 true
// CHECK-NEXT: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 42 0
