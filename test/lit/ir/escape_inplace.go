// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// Reading or writing a variable's storage in place through
// *(*T)(unsafe.Pointer(&v)) (math.Float64bits and friends) keeps v on the
// stack; a pointer that survives the expression puts v on the heap.

package main

import "unsafe"

// CHECK-LABEL: define {{.*}}@main.bits(
// CHECK-NOT: runtime.newobject
// CHECK: ret i64
func bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// CHECK-LABEL: define {{.*}}@main.setLow(
// CHECK-NOT: runtime.newobject
// CHECK: ret double
func setLow(f float64) float64 {
	*(*uint32)(unsafe.Pointer(&f)) = 7
	return f
}

// CHECK-LABEL: define {{.*}}@main.leak(
// CHECK: call ptr @runtime.newobject(ptr @"type:float64")
func leak(f float64) *uint64 { return (*uint64)(unsafe.Pointer(&f)) }

// Both uses: the escaping one wins.
// CHECK-LABEL: define {{.*}}@main.both(
// CHECK: call ptr @runtime.newobject(ptr @"type:float64")
func both(f float64) (uint64, *uint64) {
	return *(*uint64)(unsafe.Pointer(&f)), (*uint64)(unsafe.Pointer(&f))
}

func main() {
	a, p := both(1.5)
	println(bits(2), setLow(1), *leak(3), a == *p)
}
