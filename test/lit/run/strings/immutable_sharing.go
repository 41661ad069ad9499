// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Substrings and copies observe the same immutable bytes.

package main

func main() {
	s := "abcdef"
	t := s
	s = s[1:]
	println(s, t)
	u := s[:2] + t[4:]
	println(u)
	parts := []string{}
	for i := 0; i < len(t); i += 2 {
		parts = append(parts, t[i:i+2])
	}
	println(len(parts), parts[0], parts[1], parts[2])
}

// CHECK: bcdef abcdef
// CHECK-NEXT: bcef
// CHECK-NEXT: 3 ab cd ef
