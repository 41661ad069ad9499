// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Map key types that are not comparable.

package main

var m map[[]int]string
var n map[func()]int

func main() {}

// CHECK: {{.*}}map_key_type.go:6:11: invalid map key type []int
// CHECK-NEXT: {{.*}}map_key_type.go:7:15: invalid map key type func()
