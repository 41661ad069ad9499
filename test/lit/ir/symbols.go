// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// Go functions take a hidden closure context first, carry Go symbol names,
// and keep frame pointers; __golite_init runs initializers then init().

package main

type T struct{ n int }

func (t T) Get() int { return t.n }
func (t *T) Set(n int) { t.n = n }

var g = compute()

func compute() int { return 42 }

func init() { g++ }

func pair(a, b int) (int, int) { return b, a }

func main() {
	var t T
	t.Set(g)
	x, y := pair(t.Get(), 2)
	println(x, y)
}

// CHECK-LABEL: define internal i64 @main.T.Get(ptr %ctx, { i64 } %t)
// CHECK-LABEL: define internal void @"main.(*T).Set"(ptr %ctx, ptr %t, i64 %n)
// CHECK-LABEL: define internal i64 @main.compute(ptr %ctx)
// CHECK-LABEL: define internal void @main.init.0(ptr %ctx)
// CHECK-LABEL: define internal { i64, i64 } @main.pair(ptr %ctx, i64 %a, i64 %b)
// CHECK-LABEL: define void @main.main(ptr %ctx)
// CHECK: call void @runtime.printlock()
// CHECK: call void @runtime.printint(i64
// CHECK-NEXT: call void @runtime.printsp()
// CHECK: call void @runtime.printnl()
// CHECK-NEXT: call void @runtime.printunlock()

// CHECK-LABEL: define void @__golite_init()
// CHECK: call i64 @main.compute(ptr null)
// CHECK: store i64 {{.*}}, ptr @main.g
// CHECK: call void @main.init.0(ptr null)
// CHECK: attributes #{{[0-9]+}} = { {{.*}}"frame-pointer"="all"{{.*}} }
