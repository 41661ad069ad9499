// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Variables declared and never used, including in closures and type switches.

package main

func main() {
	a := 1
	var b int
	b = 2
	f := func() {
		c := 3
	}
	f()
	var x interface{}
	switch y := x.(type) {
	case int:
	}
}

// CHECK: {{.*}}unused_variables.go:7:2: a declared but not used
// CHECK-NEXT: {{.*}}unused_variables.go:8:6: b declared but not used
// CHECK-NEXT: {{.*}}unused_variables.go:11:3: c declared but not used
// CHECK-NEXT: {{.*}}unused_variables.go:15:9: y declared but not used
