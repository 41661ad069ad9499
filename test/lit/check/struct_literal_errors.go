// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Struct literals with missing, unknown or mixed fields.

package main

type T struct{ a, b int }

func main() {
	_ = T{1}
	_ = T{1, 2, 3}
	_ = T{a: 1, 2}
	_ = T{z: 1}
	_ = T{a: 1, a: 2}
}

// CHECK: {{.*}}struct_literal_errors.go:9:9: too few values in T{…}
// CHECK-NEXT: {{.*}}struct_literal_errors.go:10:14: too many values in T{…}
// CHECK-NEXT: {{.*}}struct_literal_errors.go:11:14: mixture of field:value and value elements in struct literal
// CHECK-NEXT: {{.*}}struct_literal_errors.go:12:8: unknown field 'z' in struct literal of type T
// CHECK-NEXT: {{.*}}struct_literal_errors.go:13:15: duplicate field name a in struct literal
