//===- runtime/arch/amd64/morestack.S - Segmented stack trampoline -------===//
//
// This file implements __morestack for linux/amd64: the slow path of the
// prologue stack check that golite emits in every Go function (see
// docs/stacks.md and codegen/stackcheck.cpp). The function F whose check
// failed calls
//
//   __morestack(desc in %r10 (LLVM "nest"), F's own arguments...)
//
// with F's signature, so every argument is where F expects it: in the
// argument registers and, beyond them, on the stack just above the return
// address. __morestack saves the argument registers and asks
// golite_morestack (runtime/stack.cpp) for a new segment; the runtime
// copies desc->argsize bytes of stack arguments to the new segment's top
// and returns the new sp. F is then called again there; its result
// registers (rax, rdx, rcx, r8, xmm0-3: every register LLVM returns a
// value in) are kept in the save area across golite_lessstack, which makes
// the older segment current again. F always runs again on a segment, with
// this frame under it: recover (runtime/panic.cpp: callerFrame) and
// runtime.Caller recognize a function moved to a new segment by it.
//
// CFI: the canonical frame is %rbp+16 throughout, so unwinders (panics,
// tracebacks, gdb — which exempts a frame named __morestack from its
// stack-direction check) walk from F's frames on the new segment to F's
// caller on the old one. The personality routine makes the older segment
// current when a recovered panic's unwind passes through.
//
//===----------------------------------------------------------------------===//

        .text
        .globl  __morestack
        .type   __morestack,@function
        .p2align 4
__morestack:
        .cfi_startproc
        .cfi_personality 0x9b, DW.ref.golite_morestack_personality
        pushq   %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        movq    %rsp, %rbp
        .cfi_def_cfa_register %rbp
        subq    $208, %rsp              // save area, 16-byte aligned
        movq    %rdi, 0(%rsp)
        movq    %rsi, 8(%rsp)
        movq    %rdx, 16(%rsp)
        movq    %rcx, 24(%rsp)
        movq    %r8, 32(%rsp)
        movq    %r9, 40(%rsp)
        movq    %r10, 48(%rsp)
        movq    %rax, 56(%rsp)
        movaps  %xmm0, 64(%rsp)
        movaps  %xmm1, 80(%rsp)
        movaps  %xmm2, 96(%rsp)
        movaps  %xmm3, 112(%rsp)
        movaps  %xmm4, 128(%rsp)
        movaps  %xmm5, 144(%rsp)
        movaps  %xmm6, 160(%rsp)
        movaps  %xmm7, 176(%rsp)
        movq    %r10, %rdi              // desc
        leaq    16(%rbp), %rsi          // F's stack-passed arguments
        movq    %rsp, %rdx              // sp: the save area is above it
        call    golite_morestack
        movq    %rax, %r11
        movq    0(%rsp), %rdi
        movq    8(%rsp), %rsi
        movq    16(%rsp), %rdx
        movq    24(%rsp), %rcx
        movq    32(%rsp), %r8
        movq    40(%rsp), %r9
        movq    48(%rsp), %r10
        movq    56(%rsp), %rax
        movaps  64(%rsp), %xmm0
        movaps  80(%rsp), %xmm1
        movaps  96(%rsp), %xmm2
        movaps  112(%rsp), %xmm3
        movaps  128(%rsp), %xmm4
        movaps  144(%rsp), %xmm5
        movaps  160(%rsp), %xmm6
        movaps  176(%rsp), %xmm7
        movq    %r11, %rsp              // onto the new segment
        callq   *(%r10)                 // F again, arguments in place
        leaq    -208(%rbp), %rsp        // back on the old segment
        movq    %rax, 0(%rsp)
        movq    %rdx, 8(%rsp)
        movq    %rcx, 16(%rsp)
        movq    %r8, 24(%rsp)
        movaps  %xmm0, 64(%rsp)
        movaps  %xmm1, 80(%rsp)
        movaps  %xmm2, 96(%rsp)
        movaps  %xmm3, 112(%rsp)
        call    golite_lessstack
        movq    0(%rsp), %rax
        movq    8(%rsp), %rdx
        movq    16(%rsp), %rcx
        movq    24(%rsp), %r8
        movaps  64(%rsp), %xmm0
        movaps  80(%rsp), %xmm1
        movaps  96(%rsp), %xmm2
        movaps  112(%rsp), %xmm3
        movq    %rbp, %rsp
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        ret
        .cfi_endproc
        .size   __morestack, .-__morestack

// golite_callon(fn %rdi, ctx %rsi, sp %rdx): calls fn(ctx) with the stack
// pointer set to sp (16-byte aligned) and comes back to the caller's stack.
// The runtime uses it to run C++ code on a fresh segment of the goroutine
// (stack.cpp: callOnNewSegment) or on the M's system stack (systemstack).
// Same frame shape, CFI and personality as __morestack: the unwinder walks
// from fn's frames to the caller's through %rbp, and a panic unwinding
// through it makes the older segment current again.
        .text
        .globl  golite_callon
        .type   golite_callon,@function
        .p2align 4
golite_callon:
        .cfi_startproc
        .cfi_personality 0x9b, DW.ref.golite_morestack_personality
        pushq   %rbp
        .cfi_def_cfa_offset 16
        .cfi_offset %rbp, -16
        movq    %rsp, %rbp
        .cfi_def_cfa_register %rbp
        movq    %rdx, %rsp
        movq    %rdi, %rax
        movq    %rsi, %rdi
        callq   *%rax
        movq    %rbp, %rsp
        popq    %rbp
        .cfi_def_cfa %rsp, 8
        ret
        .cfi_endproc
        .size   golite_callon, .-golite_callon

        .hidden DW.ref.golite_morestack_personality
        .weak   DW.ref.golite_morestack_personality
        .section .data.DW.ref.golite_morestack_personality,"awG",@progbits,DW.ref.golite_morestack_personality,comdat
        .p2align 3
        .type   DW.ref.golite_morestack_personality,@object
        .size   DW.ref.golite_morestack_personality, 8
DW.ref.golite_morestack_personality:
        .quad   golite_morestack_personality

        .section .note.GNU-stack,"",@progbits
