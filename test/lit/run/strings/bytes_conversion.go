// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// string <-> []byte conversions copy the bytes.

package main

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	println(s, string(b), len(b), cap(b) >= 5)
	t := string(b)
	b[1] = 'u'
	println(t, string(b))
	var empty []byte
	println(string(empty) == "", len([]byte("")))
}

// CHECK: hello jello 5 true
// CHECK-NEXT: jello jullo
// CHECK-NEXT: true 0
