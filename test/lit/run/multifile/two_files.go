// RUN: %golite build -o %t %s %S/two_files_types_part.go && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A package made of two files shares types, methods and functions.

package main

func main() {
	s := NewStack()
	for i := 1; i <= 3; i++ {
		s.Push(i * i)
	}
	for !s.Empty() {
		println(s.Pop())
	}
	println(version)
}

// CHECK: 9
// CHECK-NEXT: 4
// CHECK-NEXT: 1
// CHECK-NEXT: stack v1
