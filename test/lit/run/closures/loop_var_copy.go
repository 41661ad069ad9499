// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Copying the loop variable gives each closure its own value.

package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		println(f())
	}
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
}

// CHECK: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 4
// CHECK-NEXT: 3 3 3 true
