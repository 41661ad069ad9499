// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Names declared twice in the same scope.

package main

var x int
var x string

type T struct{}

func (T) m() {}
func (T) m() {}

func main() {
	y := 1
	var y int
	_ = y
}

// CHECK: {{.*}}redeclared.go:7:5: x redeclared in this block
// CHECK-NEXT: 	{{.*}}redeclared.go:6:5: other declaration of x
// CHECK-NEXT: {{.*}}redeclared.go:12:10: T.m redeclared in this block
// CHECK-NEXT: 	{{.*}}redeclared.go:11:10: other declaration of m
// CHECK-NEXT: {{.*}}redeclared.go:16:6: y redeclared in this block
// CHECK-NEXT: 	{{.*}}redeclared.go:15:2: other declaration of y
