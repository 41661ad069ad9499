// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// append(b, s...) appends the bytes of a string to a byte slice.

package main

func main() {
	b := []byte("ab")
	b = append(b, "cd"...)
	b = append(b, 'e')
	println(string(b), len(b))
	n := copy(b, "XY")
	println(n, string(b))
}

// CHECK: abcde 5
// CHECK-NEXT: 2 XYcde
