// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Errors from different phases are reported sorted by position.

package main

func g() int { return "x" }

func main() {
	var unused int
	println(undefinedName)
	g(1)
}

// CHECK: {{.*}}sorted_by_position.go:6:23: cannot use "x" (untyped string constant) as int value in return statement
// CHECK-NEXT: {{.*}}sorted_by_position.go:9:6: unused declared but not used
// CHECK-NEXT: {{.*}}sorted_by_position.go:10:10: undefined: undefinedName
// CHECK-NEXT: {{.*}}sorted_by_position.go:11:4: too many arguments in call to g
// CHECK-NEXT: 	have (number)
// CHECK-NEXT: 	want ()
