// RUN: env GOARCH=arm64 %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// GOARCH=arm64 selects the aarch64-linux-gnu target: its triple and data
// layout, Go functions with frame records (recover compares frame
// addresses) and unwind tables (panics unwind through Go frames), and
// several results returned as one first-class aggregate (LLVM returns it in
// x0-x7 or through x8, the same way on both sides of every Go call).

package main

type Big struct{ a, b, c, d, e int }

func three(x int) (int, string, float64) { return x, "s", 1.5 }

func swap(b Big) Big { return Big{b.e, b.d, b.c, b.b, b.a} }

func main() {
	a, s, f := three(1)
	println(a, s, f, swap(Big{1, 2, 3, 4, 5}).a)
}

// CHECK: target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128{{.*}}"
// CHECK: target triple = "aarch64-unknown-linux-gnu"
// CHECK: define {{.*}}{ i64, %string, double } @main.three(ptr %ctx, i64 %x) #[[ATTR:[0-9]+]]
// CHECK: define {{.*}}{ i64, i64, i64, i64, i64 } @main.swap(ptr %ctx, { i64, i64, i64, i64, i64 } %b) #[[ATTR]]
// CHECK: attributes #[[ATTR]] = { {{.*}}uwtable{{.*}}"frame-pointer"="all"
