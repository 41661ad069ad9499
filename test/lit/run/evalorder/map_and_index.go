// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Index expressions and map assignments with calls on both sides.

package main

func key(k string) string { println("key", k); return k }
func val(v int) int       { println("val", v); return v }

func main() {
	m := map[string]int{}
	m[key("a")] = val(1)
	m[key("b")] += val(2)
	println(len(m), m["a"], m["b"])
}

// CHECK: key a
// CHECK-NEXT: val 1
// CHECK-NEXT: key b
// CHECK-NEXT: val 2
// CHECK-NEXT: 2 1 2
