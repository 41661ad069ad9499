// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Reslicing within capacity, and the capacity of subslices.

package main

func main() {
	s := make([]int, 5, 8)
	for i := range s {
		s[i] = i
	}
	t := s[2:4]
	println(len(t), cap(t), t[0], t[1])
	u := t[:cap(t)]
	println(len(u), u[2])
	v := s[5:]
	println(len(v), cap(v))
	w := s[:7]
	println(len(w), w[6])
}

// CHECK: 2 6 2 3
// CHECK-NEXT: 6 4
// CHECK-NEXT: 0 3
// CHECK-NEXT: 7 0
