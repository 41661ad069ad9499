// RUN: env GOLITE_STACKCHECK=1 %golite build -S -o - %s | FileCheck %s
// REQUIRES: golite, goarch-amd64
// On amd64 the prologue check compares sp with the running G's guard in
// its own thread-local slot, runtime.tlsguard: one %fs-relative load
// folded into the compare (local-exec: golite programs are linked
// statically), with no load of g first. A failed check branches to an
// out-of-line call of __morestack with the descriptor in r10 (LLVM's
// `nest` register); LLVM may make that call a tail call, which
// __morestack supports. The call is indirect: its address comes from an
// inline asm (see test/lit/asm/stackcheck_arm64.go). Loop back-edges poll
// the same slot for abi::StackPreempt (-1314), again %fs-relative: a
// poll after a call that parked reads the slot of the thread the G runs
// on now.

package main

func rec(n int) int {
	if n == 0 {
		return 0
	}
	var pad [4]int
	pad[n&3] = n
	return (rec(n-1)*7 + pad[1]) % 1000003
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
	c := make(chan int, 1)
	c <- 1
	println(rec(10), spin(10, c))
}

// CHECK-LABEL: main.rec:
// CHECK-NOT: runtime.tlsg@TPOFF
// CHECK: cmpq %fs:runtime.tlsguard@TPOFF, %rsp
// CHECK-NEXT: jb .[[SLOW:LBB[0-9_]+]]
// CHECK: .[[SLOW]]:
// CHECK-DAG: movl $.Lmain.rec.stackdesc, %r10d
// CHECK-DAG: leaq __morestack(%rip), %[[FN:[a-z0-9]+]]
// CHECK: {{callq|jmpq}} *%[[FN]]

// CHECK-LABEL: main.spin:
// CHECK: cmpq %fs:runtime.tlsguard@TPOFF, %rsp
// CHECK: callq runtime.chanrecv1
// CHECK-NOT: runtime.tlsg@TPOFF
// CHECK: movq %fs:runtime.tlsguard@TPOFF, %[[P:[a-z0-9]+]]
// CHECK-NEXT: cmpq $-1314, %[[P]]
// CHECK-NEXT: je .[[POLL:LBB[0-9_]+]]
// CHECK: .[[POLL]]:
// CHECK-NOT: {{^}}.LBB
// CHECK: callq runtime.preemptpoll
