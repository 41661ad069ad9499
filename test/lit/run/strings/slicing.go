// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Slicing a string shares bytes and produces substrings.

package main

func main() {
	s := "hello, world"
	println(s[0:5], s[7:], s[:4], s[:], len(s[3:3]))
	t := s[7:12]
	println(t, len(t))
	i, j := 2, 9
	println(s[i:j])
}

// CHECK: hello world hell hello, world 0
// CHECK-NEXT: world 5
// CHECK-NEXT: llo, wo
