// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// String concatenation with + and +=.

package main

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	println(c, len(c))
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	println(s)
	s += ""
	println(s + "" + s)
}

// CHECK: foobar 6
// CHECK-NEXT: abcde
// CHECK-NEXT: abcdeabcde
