// RUN: env GOARCH=arm64 GOLITE_STACKCHECK=1 %golite build -S -o - %s | FileCheck %s
// REQUIRES: golite
// On arm64 the prologue check reads g through TPIDR_EL0 (local-exec TLS),
// compares sp with g->stackguard0 and branches to an out-of-line call of
// __morestack with the descriptor in x18 (LLVM's `nest` register).
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

func main() { println(fi(3), ff(3)) }

// CHECK-LABEL: main.fi:
// CHECK: mrs [[T:x[0-9]+]], TPIDR_EL0
// CHECK: add [[A:x[0-9]+]], [[T]], :tprel_hi12:runtime.tlsg
// CHECK: ldr [[G:x[0-9]+]], [{{x[0-9]+}}]
// CHECK-NEXT: ldr [[GUARD:x[0-9]+]], [[[G]]]
// CHECK-NEXT: cmp [[GUARD]], {{x[0-9]+}}
// CHECK-NEXT: b.hi .[[SLOW:LBB[0-9_]+]]
// CHECK: .[[SLOW]]:
// CHECK: adrp [[FN:x[0-9]+]], __morestack
// CHECK-NEXT: add [[FN]], [[FN]], :lo12:__morestack
// CHECK: adrp x18, .Lmain.fi.stackdesc
// CHECK: {{blr|br}} [[FN]]

// CHECK-LABEL: main.ff:
// CHECK: b.hi .[[SLOWF:LBB[0-9_]+]]
// CHECK: .[[SLOWF]]:
// CHECK-NOT: fmov d0, x0
// CHECK: adrp x18, .Lmain.ff.stackdesc
// CHECK-NOT: fmov d0, x0
// CHECK: .Lfunc_end
