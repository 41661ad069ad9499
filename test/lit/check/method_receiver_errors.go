// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Methods on types that cannot have them.

package main

type P *int
type I interface{}

func (int) m() {}
func (P) m()   {}
func (I) m()   {}

func main() {}

// CHECK: {{.*}}method_receiver_errors.go:9:7: cannot define new methods on non-local type int
// CHECK-NEXT: {{.*}}method_receiver_errors.go:10:7: invalid receiver type P (pointer or interface type)
// CHECK-NEXT: {{.*}}method_receiver_errors.go:11:7: invalid receiver type I (pointer or interface type)
