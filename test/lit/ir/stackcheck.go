// RUN: env GOLITE_STACKCHECK=1 %golite build -emit-llvm -o - %s | FileCheck %s
// RUN: env -u GOLITE_STACKCHECK %golite build -gcflags=-nostackcheck -emit-llvm -o - %s | FileCheck --check-prefix=OFF %s
// REQUIRES: golite
// Functions that call start with a check of the stack pointer against
// the running G's stackguard0, read in one load from its thread-local
// slot runtime.tlsguard (not through g), with a cold call of __morestack
// (the function's own arguments after a `nest` descriptor; the callee comes from an inline asm
// so that no pass retypes the call to another function's signature); tiny leaves have none; big locals
// are allocated after the check, which accounts for them; loop back-edges
// poll for preemption. -gcflags=-nostackcheck turns all of it off.
// The check goes after code that only reads and writes the function's own
// locals (rec's `n == 0` return needs no check), but before anything else
// (bump's write to a global: the slow path runs the function again from
// its start). Arguments the function never reads reach __morestack as
// poison.

package main

func leaf(a, b int) int { return a*b + 1 }

type pair struct{ x, y int }

func rec(n int, p pair, s string) (int, string) {
	if n == 0 {
		return p.x + p.y, s
	}
	return rec(n-1, pair{p.y, p.x + 1}, s)
}

var counter int

func bump(n int) int {
	counter++
	if n == 0 {
		return counter
	}
	return bump(n - 1)
}

func bigLocal(i int) int {
	var a [1000]int
	a[i%1000] = i
	return a[(i+1)%1000] + leaf(i, i)
}

func spin(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i
	}
	return t
}

func main() {
	x, s := rec(3, pair{1, 2}, "s")
	println(leaf(2, 3), x, s, bigLocal(5), spin(10), bump(3))
}

// CHECK-DAG: @main.bigLocal.stackdesc = private constant { ptr, i64, i64 } { ptr @main.bigLocal, i64 {{[0-9]+}}, i64 8000 }
// CHECK-DAG: @main.rec.stackdesc = private constant { ptr, i64, i64 } { ptr @main.rec, i64 {{[0-9]+}}, i64 0 }

// CHECK-LABEL: define internal i64 @main.leaf(
// CHECK-NOT: stacksave
// CHECK: ret i64

// CHECK-LABEL: define internal { i64, %string } @main.rec(ptr %ctx, i64 %n, { i64, i64 } %p, %string %s)
// CHECK: entry:
// CHECK-NOT: @runtime.tlsg{{[^u]}}
// CHECK: br i1 %{{[0-9]+}}, label %if.then, label %if.done
// CHECK: if.then:
// CHECK-NOT: stackguard0
// CHECK: ret { i64, %string }
// CHECK: if.done:
// CHECK-NEXT: %stackguard0 = {{load i64, ptr @runtime.tlsguard|call i64 asm sideeffect "mrs \$0, TPIDR_EL0.*runtime.tlsguard.*}}
// CHECK-NEXT: [[SP:%.*]] = call ptr @llvm.stacksave.p0()
// CHECK-NEXT: %sp = ptrtoint ptr [[SP]] to i64
// CHECK-NEXT: %stack.fits = icmp uge i64 %sp, %stackguard0
// CHECK-NEXT: br i1 %stack.fits, label %stack.ok, label %morestack, {{.*}}!prof ![[W:[0-9]+]]
// A preemption request (the poisoned guard) polls and goes on in place
// when the stack is long enough; else F runs again through __morestack.
// CHECK: morestack:
// CHECK-NEXT: [[G1:%.*]] = {{load volatile i64, ptr @runtime.tlsguard|call i64 asm sideeffect "mrs}}
// CHECK-NEXT: %preempt = icmp eq i64 [[G1]], -1314
// CHECK-NEXT: br i1 %preempt, label %morestack.poll, label %morestack.grow
// CHECK: morestack.poll:
// CHECK-NEXT: call void @runtime.preemptpoll()
// CHECK-NEXT: [[G2:%.*]] = {{load volatile i64, ptr @runtime.tlsguard|call i64 asm sideeffect "mrs}}
// CHECK-NEXT: [[SP2:%.*]] = call ptr @llvm.stacksave.p0()
// CHECK-NEXT: [[SPI:%.*]] = ptrtoint ptr [[SP2]] to i64
// CHECK-NEXT: [[FITS:%.*]] = icmp uge i64 [[SPI]], [[G2]]
// CHECK-NEXT: br i1 [[FITS]], label %stack.ok, label %morestack.grow
// CHECK: morestack.grow:
// CHECK-NEXT: %morestack.fn = call ptr asm sideeffect "{{.*}}__morestack{{.*}}", "=r"()
// CHECK-NEXT: [[R:%.*]] = call { i64, %string } %morestack.fn(ptr nest @main.rec.stackdesc, ptr poison, i64 %n, { i64, i64 } %p, %string %s) #[[COLD:[0-9]+]]
// The slow path's return joins the function's other returns past the
// check (one epilogue for LLVM's shrink-wrapping).
// CHECK-NEXT: br label %return
// CHECK: return:
// CHECK-NEXT: %ret = phi { i64, %string } [ [[R]], %morestack.grow ]
// CHECK-NEXT: ret { i64, %string } %ret

// CHECK-LABEL: define internal i64 @main.bump(
// CHECK: %stackguard0 =
// CHECK: stack.ok:
// CHECK: store i64 {{.*}}, ptr @main.counter
// CHECK: morestack.grow:

// CHECK-LABEL: define internal i64 @main.bigLocal(
// CHECK: entry:
// CHECK-NOT: alloca [1000 x i64]
// CHECK: [[LIM:%.*]] = sub i64 %sp, 8000
// CHECK-NEXT: %stack.fits = icmp uge i64 [[LIM]], %stackguard0
// CHECK: stack.ok:
// CHECK-NEXT: alloca [1000 x i64]

// CHECK-LABEL: define internal i64 @main.spin(
// The loop poll reads the slot at every back-edge. (On arm64 the check and
// the poll read it through an asm that recomputes the thread's TLS address:
// test/lit/asm/stackcheck_arm64.go.)
// CHECK: for.post:
// CHECK-NOT: @runtime.tlsg{{[^u]}}
// CHECK: [[GUARD:%.*]] = {{load volatile i64, ptr @runtime.tlsguard|call i64 asm sideeffect "mrs \$0, TPIDR_EL0.*runtime.tlsguard}}
// CHECK-NEXT: %preempt = icmp eq i64 [[GUARD]], -1314
// CHECK: preempt.poll:
// CHECK-NEXT: call void @runtime.preemptpoll()

// CHECK: attributes #[[COLD]] = {{{.*}}cold
// CHECK: ![[W]] = !{!"branch_weights", i32 2000, i32 1}

// OFF-NOT: __morestack
// OFF-NOT: runtime.tlsg
// OFF-NOT: preemptpoll
