//===- runtime/arch/arm64/swapctx.S - Goroutine context switch -----------===//
//
// This file implements the user-space context switch for linux/arm64
// (AAPCS64); see runtime/arch/amd64/swapctx.S for the contract:
//
//   void golite_swapctx(uintptr_t *save_sp, uintptr_t *load_sp)
//
// Saved on the stack: x19-x28, x29 (fp), x30 (lr), d8-d15 (176 bytes).
// A new goroutine's frame holds golite_gostart in the x30 slot.
//
//===----------------------------------------------------------------------===//

        .text
        .globl  golite_swapctx
        .type   golite_swapctx,%function
        .p2align 4
golite_swapctx:
        .cfi_startproc
        sub     sp, sp, #176
        stp     x19, x20, [sp, #0]
        stp     x21, x22, [sp, #16]
        stp     x23, x24, [sp, #32]
        stp     x25, x26, [sp, #48]
        stp     x27, x28, [sp, #64]
        stp     x29, x30, [sp, #80]
        stp     d8, d9, [sp, #96]
        stp     d10, d11, [sp, #112]
        stp     d12, d13, [sp, #128]
        stp     d14, d15, [sp, #144]
        mov     x9, sp
        str     x9, [x0]
        ldr     x9, [x1]
        mov     sp, x9
        str     xzr, [x1]
        ldp     x19, x20, [sp, #0]
        ldp     x21, x22, [sp, #16]
        ldp     x23, x24, [sp, #32]
        ldp     x25, x26, [sp, #48]
        ldp     x27, x28, [sp, #64]
        ldp     x29, x30, [sp, #80]
        ldp     d8, d9, [sp, #96]
        ldp     d10, d11, [sp, #112]
        ldp     d12, d13, [sp, #128]
        ldp     d14, d15, [sp, #144]
        add     sp, sp, #176
        ret
        .cfi_endproc
        .size   golite_swapctx, .-golite_swapctx

        .globl  golite_gostart
        .type   golite_gostart,%function
        .p2align 4
golite_gostart:
        .cfi_startproc
        .cfi_undefined x30
        mov     x29, #0
        bl      golite_gostart_c
        brk     #0
        .cfi_endproc
        .size   golite_gostart, .-golite_gostart

        .section .note.GNU-stack,"",%progbits
