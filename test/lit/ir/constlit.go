// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// A composite literal whose elements are all constants is one private
// constant copied with memcpy, not a store per element; one with a
// non-constant element is stored element by element. A package variable
// initialized with such a literal is static data (codegen/staticinit.cpp):
// its global has the value and __golite_init has no code for it.

package main

type R struct{ Lo, Hi, Stride uint16 }

// CHECK-DAG: @main.table = internal global %slice { ptr @slicelit, i64 16, i64 16 }
// CHECK-DAG: @slicelit = private global [16 x { i16, i16, i16 }] [{ i16, i16, i16 } { i16 1, i16 2, i16 1 }, { i16, i16, i16 } { i16 3, i16 4, i16 1 }
// CHECK-DAG: @lit{{.*}} = private unnamed_addr constant [16 x { i16, i16, i16 }] [{ i16, i16, i16 } { i16 1, i16 2, i16 1 }, { i16, i16, i16 } { i16 3, i16 4, i16 1 }
var table = []R{{1, 2, 1}, {3, 4, 1}, {5, 6, 1}, {7, 8, 1}, {9, 10, 1},
	{11, 12, 1}, {13, 14, 1}, {15, 16, 1}, {17, 18, 1}, {19, 20, 1},
	{21, 22, 1}, {23, 24, 1}, {25, 26, 1}, {27, 28, 1}, {29, 30, 1}, {31, 32, 1}}

// CHECK-LABEL: define {{.*}}@main.fresh(
// CHECK: call ptr @runtime.newarray(ptr @"type:main.R", i64 16)
// CHECK-NEXT: call void @llvm.memcpy{{.*}}(ptr {{.*}}, ptr {{.*}}@lit{{.*}}, i64 96, i1 false)
func fresh() []R {
	return []R{{1, 2, 1}, {3, 4, 1}, {5, 6, 1}, {7, 8, 1}, {9, 10, 1},
		{11, 12, 1}, {13, 14, 1}, {15, 16, 1}, {17, 18, 1}, {19, 20, 1},
		{21, 22, 1}, {23, 24, 1}, {25, 26, 1}, {27, 28, 1}, {29, 30, 1}, {31, 32, 1}}
}

// CHECK-LABEL: define {{.*}}@main.mixed(
// CHECK-NOT: @lit
// CHECK: ret
func mixed(x uint16) []R {
	return []R{{1, 2, 1}, {x, 4, 1}, {5, 6, 1}, {7, 8, 1}, {9, 10, 1}, {11, 12, 1}}
}

// CHECK-LABEL: define void @__golite_init(
// CHECK-NOT: newarray
// CHECK: ret void
func main() {
	println(len(table), len(mixed(3)), len(fresh()))
}
