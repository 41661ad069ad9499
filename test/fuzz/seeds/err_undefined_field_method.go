// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Selecting a field or method that does not exist.

package main

type T struct{ x int }

func main() {
	t := T{}
	println(t.y)
	t.Run()
}

// CHECK: {{.*}}undefined_field_method.go:10:12: t.y undefined (type T has no field or method y)
// CHECK-NEXT: {{.*}}undefined_field_method.go:11:4: t.Run undefined (type T has no field or method Run)
