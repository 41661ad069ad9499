// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Type assertions and type switch cases that can never succeed.

package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var i I
	_ = i.(T)
	switch i.(type) {
	case T:
	}
}

// CHECK: {{.*}}impossible_assertion.go:14:6: impossible type assertion: i.(T)
// CHECK-NEXT: 	T does not implement I (M method has pointer receiver)
// CHECK-NEXT: {{.*}}impossible_assertion.go:16:7: impossible type switch case: T
// CHECK-NEXT: 	i (variable of type I) cannot have dynamic type T (M method has pointer receiver)
