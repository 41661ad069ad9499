// RUN: env GOLITE_STACKCHECK=1 %golite build -S -o - %s | FileCheck %s
// REQUIRES: golite, goarch-amd64
// On amd64 the prologue check is a TLS load of g (local-exec: golite
// programs are linked statically, so g sits at a fixed offset from %fs),
// a compare of sp with
// g->stackguard0 and a branch to an out-of-line call of __morestack with
// the descriptor in r10 (LLVM's `nest` register); LLVM may make that call
// a tail call, which __morestack supports. The call is indirect: its
// address comes from an inline asm (see test/lit/asm/stackcheck_arm64.go).

package main

func rec(n int) int {
	if n == 0 {
		return 0
	}
	var pad [4]int
	pad[n&3] = n
	return (rec(n-1)*7 + pad[1]) % 1000003
}

func main() {
	println(rec(10))
}

// CHECK-LABEL: main.rec:
// CHECK: movq %fs:runtime.tlsg@TPOFF, %[[G:[a-z0-9]+]]
// CHECK-NEXT: cmpq %rsp, (%[[G]])
// CHECK-NEXT: ja .[[SLOW:LBB[0-9_]+]]
// CHECK: .[[SLOW]]:
// CHECK: movl $.Lmain.rec.stackdesc, %r10d
// CHECK: leaq __morestack(%rip), %[[FN:[a-z0-9]+]]
// CHECK: {{callq|jmpq}} *%[[FN]]
