// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Map values are copies; maps themselves are references.

package main

type S struct{ n int }

func add(m map[string]int) { m["added"] = 1 }

func main() {
	m := map[string]S{"a": {1}}
	s := m["a"]
	s.n = 100
	println(m["a"].n)
	m["a"] = s
	println(m["a"].n)
	mm := map[string]int{}
	add(mm)
	alias := mm
	alias["x"] = 5
	println(len(mm), mm["added"], mm["x"])
	ms := map[string][]int{}
	ms["k"] = append(ms["k"], 1, 2)
	ms["k"][0] = 9
	println(ms["k"][0], len(ms["k"]))
	mp := map[string]*S{"p": {1}}
	mp["p"].n++
	println(mp["p"].n)
}

// CHECK: 1
// CHECK-NEXT: 100
// CHECK-NEXT: 2 1 5
// CHECK-NEXT: 9 2
// CHECK-NEXT: 2
