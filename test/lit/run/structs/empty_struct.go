// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Empty structs are values of size zero and compare equal.

package main

type E struct{}

func (E) Hello() string { return "hello from E" }

func main() {
	var a, b E
	println(a == b, a.Hello())
	set := map[string]struct{}{}
	set["x"] = struct{}{}
	set["y"] = struct{}{}
	_, ok := set["x"]
	println(len(set), ok)
	s := make([]struct{}, 5)
	println(len(s))
}

// CHECK: true hello from E
// CHECK-NEXT: 2 true
// CHECK-NEXT: 5
