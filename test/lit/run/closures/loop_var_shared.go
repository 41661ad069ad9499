// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// In Go 1.19 the variable of a three-clause for loop is shared by all iterations.

package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		println(f())
	}
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		println(g())
	}
}

// CHECK: 3
// CHECK-NEXT: 3
// CHECK-NEXT: 3
// CHECK-NEXT: c
// CHECK-NEXT: c
// CHECK-NEXT: c
