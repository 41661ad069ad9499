// RUN: env GOARCH=arm64 GOLITE_STACKCHECK=1 %golite build -S -o - %s | FileCheck %s
// REQUIRES: golite
// On arm64 the prologue check reads the running G's guard from its own
// thread-local slot, runtime.tlsguard (local-exec TLS off TPIDR_EL0; no
// load of g first), compares sp with it and branches to an out-of-line
// call of __morestack with the descriptor in x18 (LLVM's `nest` register).
//
// The slot's address comes from an inline asm at every check and loop
// poll: LLVM computed TPIDR_EL0 once per function, so a check inlined
// after a call that parked (the channel receive, which may resume the G on
// another thread) read the old thread's slot, i.e. another G's guard.
// Checks are now inserted after inlining (outer: inner inlined, one check
// at the top), but loop polls still follow calls that park (spin).
//
// __morestack is called with each function's own signature. A direct call
// let InstCombine retype every call in a module to the first declaration's
// type: ff's float64 result was then read from x0 (`fmov d0, x0`) instead
// of d0, and a preempted math/rand.Float64 returned garbage under qemu
// (lit-arm64 flake in lib/math/math_bessel.go and lib/rand/seeds_hashed.go).
// The callee address now comes from an inline asm, so each call keeps its
// own type and the result register follows it.

package main

var sink []int

func fi(n int) int {
	if n == 0 {
		return 1
	}
	sink = append(sink, n)
	return fi(n-1) + 1
}

func ff(n int) float64 {
	if n == 0 {
		return 0.5
	}
	sink = append(sink, n)
	return ff(n-1) * 1.5
}

func inner(n int) int {
	sink = append(sink, n)
	return len(sink)
}

//go:noinline
func outer(c chan int) int {
	a := inner(1)
	x := <-c
	return a + inner(x)
}

//go:noinline
func spin(n int, c chan int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i * i
		if i%1000 == 0 {
			t += <-c
		}
	}
	return t
}

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	println(fi(3), ff(3), outer(c), spin(10, c))
}

// CHECK-LABEL: main.fi:
// CHECK-NOT: runtime.tlsg{{$|[^u]}}
// CHECK: mrs [[T:x[0-9]+]], TPIDR_EL0
// CHECK-NEXT: add [[T]], [[T]], :tprel_hi12:runtime.tlsguard
// CHECK-NEXT: ldr [[T]], [[[T]], :tprel_lo12_nc:runtime.tlsguard]
// CHECK: cmp {{x[0-9]+}}, [[T]]
// CHECK-NEXT: b.lo .[[SLOW:LBB[0-9_]+]]
// CHECK: .[[SLOW]]:
// CHECK-DAG: adrp [[FN:x[0-9]+]], __morestack
// CHECK-DAG: add [[FN]], [[FN]], :lo12:__morestack
// CHECK-DAG: adrp x18, .Lmain.fi.stackdesc
// CHECK: {{blr|br}} [[FN]]

// CHECK-LABEL: main.ff:
// CHECK: b.lo .[[SLOWF:LBB[0-9_]+]]
// CHECK: .[[SLOWF]]:
// CHECK-NOT: fmov d0, x0
// CHECK: adrp x18, .Lmain.ff.stackdesc
// CHECK-NOT: fmov d0, x0
// CHECK: .Lfunc_end

// CHECK-LABEL: main.outer:
// CHECK: mrs {{x[0-9]+}}, TPIDR_EL0
// CHECK: b.lo .[[SLOWO:LBB[0-9_]+]]
// CHECK-NOT: TPIDR_EL0
// CHECK: bl runtime.chanrecv1
// CHECK-NOT: TPIDR_EL0
// CHECK: .[[SLOWO]]:

// The loop poll after the receive recomputes the address too.
// CHECK-LABEL: main.spin:
// CHECK: bl runtime.chanrecv1
// CHECK-NOT: bl
// CHECK: mrs [[T3:x[0-9]+]], TPIDR_EL0
// CHECK-NEXT: add [[T3]], [[T3]], :tprel_hi12:runtime.tlsguard
// CHECK-NEXT: ldr [[T3]], [[[T3]], :tprel_lo12_nc:runtime.tlsguard]
// CHECK: cmn [[T3]], #1314
// CHECK-NEXT: b.eq .[[POLL:LBB[0-9_]+]]
// CHECK: .[[POLL]]:
// CHECK-NOT: {{^}}.LBB
// CHECK: bl runtime.preemptpoll
