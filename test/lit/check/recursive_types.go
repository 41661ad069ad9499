// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Types that contain themselves.

package main

type T [2]T

type A B
type B A

type S struct{ S }

type I1 interface{ I2 }
type I2 interface{ I1 }

func main() {}

// CHECK: {{.*}}recursive_types.go:6:6: invalid recursive type T
// CHECK-NEXT: 	{{.*}}recursive_types.go:6:6: T refers to
// CHECK-NEXT: 	{{.*}}recursive_types.go:6:6: T
// CHECK-NEXT: {{.*}}recursive_types.go:8:6: invalid recursive type A
// CHECK-NEXT: 	{{.*}}recursive_types.go:8:6: A refers to
// CHECK-NEXT: 	{{.*}}recursive_types.go:9:6: B refers to
// CHECK-NEXT: 	{{.*}}recursive_types.go:8:6: A
// CHECK-NEXT: {{.*}}recursive_types.go:11:6: invalid recursive type S
// CHECK-NEXT: 	{{.*}}recursive_types.go:11:6: S refers to
// CHECK-NEXT: 	{{.*}}recursive_types.go:11:6: S
// CHECK-NEXT: {{.*}}recursive_types.go:13:6: invalid recursive type I1
// CHECK-NEXT: 	{{.*}}recursive_types.go:13:6: I1 refers to
// CHECK-NEXT: 	{{.*}}recursive_types.go:14:6: I2 refers to
// CHECK-NEXT: 	{{.*}}recursive_types.go:13:6: I1
