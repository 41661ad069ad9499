// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Calling a pointer method on a value that is not addressable.

package main

type T struct{}

func (*T) M() {}

func get() T { return T{} }

func main() {
	get().M()
}

// CHECK: {{.*}}pointer_method_value.go:13:8: cannot call pointer method M on T
