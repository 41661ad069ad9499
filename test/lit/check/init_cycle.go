// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Initialization cycles through variables and functions.

package main

var x = y
var y = x

func f() int { return v }

var v = f()

func main() {}

// CHECK: {{.*}}init_cycle.go:6:5: initialization loop for x
// CHECK-NEXT: 	{{.*}}init_cycle.go:6:5: x refers to
// CHECK-NEXT: 	{{.*}}init_cycle.go:7:5: y refers to
// CHECK-NEXT: 	{{.*}}init_cycle.go:6:5: x
// CHECK-NEXT: {{.*}}init_cycle.go:11:5: initialization loop for v
// CHECK-NEXT: 	{{.*}}init_cycle.go:11:5: v refers to
// CHECK-NEXT: 	{{.*}}init_cycle.go:9:6: f refers to
// CHECK-NEXT: 	{{.*}}init_cycle.go:11:5: v
