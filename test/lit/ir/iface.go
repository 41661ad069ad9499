// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// Type descriptors and static itabs are linkonce_odr constants named by Go
// type strings; assertions to concrete types compare descriptor pointers.

package main

type Stringer interface{ String() string }

type T int

func (t T) String() string { return "T" }

func show(s Stringer) string { return s.String() }

func main() {
	var e interface{} = T(1)
	if t, ok := e.(T); ok {
		println(show(t))
	}
}

// CHECK-DAG: @"type:main.T" = linkonce_odr constant %typedesc
// CHECK-DAG: @"itab:main.T,main.Stringer" = linkonce_odr constant
// CHECK-LABEL: define internal %string @main.show(ptr %ctx, %iface %s)
// CHECK: getelementptr inbounds ptr, ptr %{{.*}}, i64 3
// CHECK-LABEL: define void @main.main(
// CHECK: call ptr @runtime.convT(ptr @"type:main.T",
// CHECK: icmp eq ptr %{{.*}}, @"type:main.T"
