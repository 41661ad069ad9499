// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// A function with defers owns a frame token, invokes its calls, and its
// landing pad asks runtime.deferlp whether to return (recovered) or resume
// (through runtime.unwindResume).

package main

func f(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	defer println("deferred", n)
	if n == 0 {
		panic("zero")
	}
	return 10 / n
}

func main() { println(f(0), f(2)) }

// CHECK-LABEL: define internal i64 @main.f(ptr %ctx, i64 %n) {{.*}}personality ptr @__gcc_personality_v0
// CHECK: %deferframe = alloca i64
// CHECK: call ptr @runtime.newobject(
// CHECK: invoke void @runtime.deferproc(ptr %deferframe,
// CHECK: landingpad { ptr, i32 }
// CHECK-NEXT: cleanup
// CHECK: call i1 @runtime.deferlp(ptr %deferframe,
// CHECK: call void @runtime.unwindResume(ptr
// CHECK: invoke void @runtime.deferprocThunk(ptr %deferframe,
// CHECK: invoke void @runtime.gopanic(
// CHECK: invoke void @runtime.deferreturn(ptr %deferframe)

// CHECK-LABEL: @main.f.func1(
// CHECK-SAME: #[[NOINL:[0-9]+]]
// CHECK: [[FA:%.*]] = call ptr @llvm.frameaddress.p0(i32 1)
// CHECK-NEXT: call %iface @runtime.gorecover(ptr [[FA]])
// CHECK: attributes #[[NOINL]] = { {{.*}}noinline
