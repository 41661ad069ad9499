// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Methods on named non-struct types: integers, slices, maps, funcs.

package main

type Celsius float64
type IntList []int
type Set map[string]bool
type Op func(int, int) int

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (s Set) Add(k string) { s[k] = true }

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	println(Celsius(100).F())
	println(IntList{1, 2, 3}.Sum())
	s := Set{}
	s.Add("a")
	s.Add("a")
	println(len(s))
	var add Op = func(a, b int) int { return a + b }
	println(add.Apply(3, 4))
}

// CHECK: +2.120000e+002
// CHECK-NEXT: 6
// CHECK-NEXT: 1
// CHECK-NEXT: 7
