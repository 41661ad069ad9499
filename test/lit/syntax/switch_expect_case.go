// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A switch body holds only case clauses.
// CHECK: {{.*}}switch_expect_case.go:10:2: syntax error: unexpected x, expecting case or default or }
// CHECK: {{.*}}switch_expect_case.go:11:2: syntax error: unexpected }, expecting :
package main

func main() {
	x := 1
	switch x {
	x++
	}
}
