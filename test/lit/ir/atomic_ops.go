// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// sync/atomic's functions compile to LLVM atomics in place (sequentially
// consistent, after a nil check that panics like a nil dereference), not
// to calls of the runtime's versions; the typed values' methods still call.

package main

import (
	"sync/atomic"
	"unsafe"
)

func ops(n *int64, u *uint32, p *unsafe.Pointer, q unsafe.Pointer) (int64, bool, unsafe.Pointer) {
	a := atomic.AddInt64(n, 3)
	atomic.StoreUint32(u, 7)
	l := atomic.LoadUint32(u)
	ok := atomic.CompareAndSwapInt64(n, a, int64(l))
	old := atomic.SwapPointer(p, q)
	return a, ok, old
}

func main() {
	var n int64
	var u uint32
	var p unsafe.Pointer
	var c atomic.Int64
	c.Add(1)
	println(ops(&n, &u, &p, nil))
}

// CHECK-LABEL: define internal {{.*}} @main.ops(
// CHECK: icmp eq ptr %{{.*}}, null
// CHECK: call void @runtime.panicmem()
// CHECK: [[OLD:%.*]] = atomicrmw add ptr %{{.*}}, i64 3 seq_cst, align 8
// CHECK: add i64 [[OLD]], 3
// CHECK: store atomic i32 7, ptr %{{.*}} seq_cst, align 4
// CHECK: load atomic i32, ptr %{{.*}} seq_cst, align 4
// CHECK: cmpxchg ptr %{{.*}}, i64 %{{.*}}, i64 %{{.*}} seq_cst seq_cst, align 8
// CHECK: atomicrmw xchg ptr %{{.*}}, ptr %{{.*}} seq_cst, align 8
// CHECK-NOT: call {{.*}}@"sync/atomic.
// CHECK: ret
// CHECK-LABEL: define {{.*}} @main.main(
// CHECK: call {{.*}}@"sync/atomic.(*Int64).Add"
