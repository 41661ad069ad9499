// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// String and 8-byte keys (the runtime's fast paths) of several lengths and
// kinds, and compound assignment to map entries: Go evaluates m, k, then
// the right-hand side, then updates the entry with one assignment; / and %
// panic on a zero divisor before the entry exists, a negative shift after.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type ID int64
type Name string

func main() {
	// Keys of lengths 0..40 cross the 4-, 8- and 16-byte compare and hash
	// boundaries; equal content from different backing arrays must match.
	m := map[string]int{}
	for n := 0; n <= 40; n++ {
		m[strings.Repeat("x", n)] = n
	}
	sum := 0
	for n := 0; n <= 40; n++ {
		k := string([]byte(strings.Repeat("x", n)))
		v, ok := m[k]
		if !ok || v != n {
			fmt.Println("bad", n)
		}
		sum += m[k]
	}
	_, ok := m["xy"]
	fmt.Println(len(m), sum, ok, m["y"])
	delete(m, "")
	delete(m, strings.Repeat("x", 17))
	delete(m, "absent")
	fmt.Println(len(m), m[""], m[strings.Repeat("x", 16)])
	// CHECK: 41 820 false 0
	// CHECK-NEXT: 39 0 16

	ids := map[ID]string{-1: "neg", 1 << 40: "big", 0: "zero"}
	ids[ID(-1)] += "!"
	fmt.Println(ids[-1], ids[1<<40], ids[0], len(ids))
	// CHECK-NEXT: neg! big zero 3
	names := map[Name]uint64{}
	names["a"]++
	names["a"]++
	names["b"]--
	fmt.Println(names["a"], names["b"] == ^uint64(0))
	// CHECK-NEXT: 2 true
	x, y := 1, 2
	ptrs := map[*int]int{&x: 10}
	ptrs[&x] *= 3
	ptrs[&y] |= 5
	fmt.Println(ptrs[&x], ptrs[&y], len(ptrs))
	// CHECK-NEXT: 30 5 2
	var u map[uintptr]bool
	fmt.Println(u[7], len(u))
	// CHECK-NEXT: false 0

	// The right-hand side runs before the entry is read.
	s := map[string]int{"a": 1}
	s["a"] += func() int { s["a"] = 10; return 1 }()
	fmt.Println(s["a"])
	// CHECK-NEXT: 11
	fl := map[string]float64{}
	fl["pi"] += 3.5
	fl["pi"] -= 0.25
	fmt.Println(fl["pi"])
	// CHECK-NEXT: 3.25
	strs := map[int]string{}
	strs[1] += "ab"
	strs[1] += "cd"
	fmt.Println(strs[1])
	// CHECK-NEXT: abcd

	d := map[int]int{}
	func() {
		defer func() { fmt.Println("div:", recover(), len(d)) }()
		z := 0
		d[5] /= z
	}()
	// CHECK-NEXT: div: runtime error: integer divide by zero 0
	func() {
		defer func() { fmt.Println("mod:", recover(), len(d)) }()
		z := 0
		d[5] %= z
	}()
	// CHECK-NEXT: mod: runtime error: integer divide by zero 0
	func() {
		defer func() { fmt.Println("shift:", recover(), len(d)) }()
		n := -1
		d[6] <<= n
	}()
	// CHECK-NEXT: shift: runtime error: negative shift amount 1
	var nilm map[string]int
	func() {
		defer func() { fmt.Println("nil:", recover()) }()
		nilm["q"]++
	}()
	// CHECK-NEXT: nil: assignment to entry in nil map

	keys := []string{}
	for k := range names {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	// CHECK-NEXT: [a b]
}
