// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A local variable that is never used.

package main

func main() {
	x := 1
	var y string
}

// CHECK: {{.*}}declared_not_used.go:7:2: x declared but not used
// CHECK-NEXT: {{.*}}declared_not_used.go:8:6: y declared but not used
