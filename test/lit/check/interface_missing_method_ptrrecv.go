// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A method that differs only in case is offered as "have" only when it is
// in the method set of the value: foo has a pointer receiver, so T{} gets
// a bare "missing Foo method" and &T{} the have/want lines (gc 1.19).

package main

type I interface{ Foo() }

type T struct{}

func (*T) foo() {}

type U struct{}

func (U) foo() {}

func main() {
	var i I = T{}
	var k I = &T{}
	var u I = U{}
	var v I = &U{}
	_, _, _, _ = i, k, u, v
}

// CHECK: {{.*}}interface_missing_method_ptrrecv.go:19:12: cannot use T{} (value of type T) as type I in variable declaration:
// CHECK-NEXT: 	T does not implement I (missing Foo method)
// CHECK-NEXT: {{.*}}interface_missing_method_ptrrecv.go:20:12: cannot use &T{} (value of type *T) as type I in variable declaration:
// CHECK-NEXT: 	*T does not implement I (missing Foo method)
// CHECK-NEXT: 		have foo()
// CHECK-NEXT: 		want Foo()
// CHECK-NEXT: {{.*}}interface_missing_method_ptrrecv.go:21:12: cannot use U{} (value of type U) as type I in variable declaration:
// CHECK-NEXT: 	U does not implement I (missing Foo method)
// CHECK-NEXT: 		have foo()
// CHECK-NEXT: 		want Foo()
// CHECK-NEXT: {{.*}}interface_missing_method_ptrrecv.go:22:12: cannot use &U{} (value of type *U) as type I in variable declaration:
// CHECK-NEXT: 	*U does not implement I (missing Foo method)
// CHECK-NEXT: 		have foo()
// CHECK-NEXT: 		want Foo()
