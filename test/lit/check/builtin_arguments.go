// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Built-in functions called with wrong arguments.

package main

func main() {
	_ = len()
	_ = len(1)
	var m map[int]int
	delete(m)
	_ = make(int)
	_ = cap(m)
}

// CHECK: {{.*}}builtin_arguments.go:7:6: invalid operation: not enough arguments for len() (expected 1, found 0)
// CHECK-NEXT: {{.*}}builtin_arguments.go:8:10: invalid argument: 1 (untyped int constant) for len
// CHECK-NEXT: {{.*}}builtin_arguments.go:10:2: invalid operation: not enough arguments for delete(m) (expected 2, found 1)
// CHECK-NEXT: {{.*}}builtin_arguments.go:11:11: invalid argument: cannot make int; type must be slice, map, or channel
// CHECK-NEXT: {{.*}}builtin_arguments.go:12:10: invalid argument: m (variable of type map[int]int) for cap
