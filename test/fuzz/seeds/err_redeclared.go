// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Declaring the same name twice in one scope.

package main

func f() {}
func f() {}

func main() {
	a := 1
	var a int
	println(a)
}

// CHECK: {{.*}}redeclared.go:7:6: f redeclared in this block
// CHECK-NEXT: 	{{.*}}redeclared.go:6:6: other declaration of f
// CHECK-NEXT: {{.*}}redeclared.go:11:6: a redeclared in this block
// CHECK-NEXT: 	{{.*}}redeclared.go:10:2: other declaration of a
