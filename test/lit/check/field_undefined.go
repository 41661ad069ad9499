// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Selecting a field or method that does not exist.

package main

type T struct{ Name int }

func (T) Method() {}

func main() {
	var t T
	_ = t.y
	_ = t.name
	t.method()
}

// CHECK: {{.*}}field_undefined.go:12:8: t.y undefined (type T has no field or method y)
// CHECK-NEXT: {{.*}}field_undefined.go:13:8: t.name undefined (type T has no field or method name, but does have Name)
// CHECK-NEXT: {{.*}}field_undefined.go:14:4: t.method undefined (type T has no field or method method, but does have Method)
