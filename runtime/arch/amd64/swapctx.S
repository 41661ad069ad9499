//===- runtime/arch/amd64/swapctx.S - Goroutine context switch -----------===//
//
// This file implements the user-space context switch of the scheduler for
// linux/amd64 (System V ABI):
//
//   void golite_swapctx(uintptr_t *save_sp, uintptr_t *load_sp)
//
// pushes the callee-saved registers on the current stack, stores the stack
// pointer into *save_sp, loads the stack pointer from *load_sp, clears
// *load_sp (0 means "running": see gc_push_stacks in proc.cpp), pops the
// callee-saved registers of the other context and returns into it. The
// saved registers live on the suspended stack, so scanning a suspended
// goroutine's stack from its saved sp also scans its registers.
//
// golite_gostart is the first "return address" of every new goroutine: it
// calls golite::rt::gostart (never returns). Its CFI marks the return
// address undefined so that unwinders (panics, tracebacks) stop here.
//
//===----------------------------------------------------------------------===//

        .text
        .globl  golite_swapctx
        .type   golite_swapctx,@function
        .p2align 4
golite_swapctx:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    (%rsi), %rsp
        movq    $0, (%rsi)
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   golite_swapctx, .-golite_swapctx

        .globl  golite_gostart
        .type   golite_gostart,@function
        .p2align 4
golite_gostart:
        .cfi_startproc
        .cfi_undefined rip
        xorl    %ebp, %ebp
        call    golite_gostart_c
        ud2
        .cfi_endproc
        .size   golite_gostart, .-golite_gostart

        .section .note.GNU-stack,"",@progbits
