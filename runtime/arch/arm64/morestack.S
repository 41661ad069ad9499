//===- runtime/arch/arm64/morestack.S - Segmented stack trampoline -------===//
//
// This file implements __morestack for linux/arm64, the same protocol as
// runtime/arch/amd64/morestack.S (read that file first): F's prologue check
// failed and F calls __morestack(desc in x18 (LLVM "nest"), F's arguments)
// with F's own signature. The argument registers x0-x7, x8 (indirect
// result) and q0-q7 are saved; golite_morestack returns the new sp (stack
// arguments copied there) or 0 (call F again here, tail call). Results come
// back in x0-x7 and q0-q7 and are kept across golite_lessstack. The frame
// record (x29, x30) gives the unwinder CFA = x29 + 16 throughout.
//
//===----------------------------------------------------------------------===//

        .text
        .globl  __morestack
        .type   __morestack,%function
        .p2align 4
__morestack:
        .cfi_startproc
        .cfi_personality 0x9b, DW.ref.golite_morestack_personality
        stp     x29, x30, [sp, #-16]!
        .cfi_def_cfa_offset 16
        .cfi_offset x29, -16
        .cfi_offset x30, -8
        mov     x29, sp
        .cfi_def_cfa x29, 16
        sub     sp, sp, #224
        stp     x0, x1, [sp, #0]
        stp     x2, x3, [sp, #16]
        stp     x4, x5, [sp, #32]
        stp     x6, x7, [sp, #48]
        stp     x8, x18, [sp, #64]
        stp     q0, q1, [sp, #96]
        stp     q2, q3, [sp, #128]
        stp     q4, q5, [sp, #160]
        stp     q6, q7, [sp, #192]
        mov     x0, x18                 // desc
        add     x1, x29, #16            // F's stack-passed arguments
        mov     x2, sp                  // sp: the save area is above it
        bl      golite_morestack
        mov     x9, x0
        ldp     x0, x1, [sp, #0]
        ldp     x2, x3, [sp, #16]
        ldp     x4, x5, [sp, #32]
        ldp     x6, x7, [sp, #48]
        ldp     x8, x18, [sp, #64]
        ldp     q0, q1, [sp, #96]
        ldp     q2, q3, [sp, #128]
        ldp     q4, q5, [sp, #160]
        ldp     q6, q7, [sp, #192]
        mov     sp, x9                  // onto the new segment
        ldr     x16, [x18]
        blr     x16                     // F again, arguments in place
        sub     sp, x29, #224           // back on the old segment
        stp     x0, x1, [sp, #0]
        stp     x2, x3, [sp, #16]
        stp     x4, x5, [sp, #32]
        stp     x6, x7, [sp, #48]
        stp     q0, q1, [sp, #96]
        stp     q2, q3, [sp, #128]
        stp     q4, q5, [sp, #160]
        stp     q6, q7, [sp, #192]
        bl      golite_lessstack
        ldp     x0, x1, [sp, #0]
        ldp     x2, x3, [sp, #16]
        ldp     x4, x5, [sp, #32]
        ldp     x6, x7, [sp, #48]
        ldp     q0, q1, [sp, #96]
        ldp     q2, q3, [sp, #128]
        ldp     q4, q5, [sp, #160]
        ldp     q6, q7, [sp, #192]
        mov     sp, x29
        ldp     x29, x30, [sp], #16
        .cfi_def_cfa sp, 0
        .cfi_restore x29
        .cfi_restore x30
        ret
        .cfi_endproc
        .size   __morestack, .-__morestack

// golite_callon(fn x0, ctx x1, sp x2): calls fn(ctx) on the stack at sp
// (16-byte aligned) and returns on the caller's stack; see the amd64 file.
        .text
        .globl  golite_callon
        .type   golite_callon,%function
        .p2align 4
golite_callon:
        .cfi_startproc
        .cfi_personality 0x9b, DW.ref.golite_morestack_personality
        stp     x29, x30, [sp, #-16]!
        .cfi_def_cfa_offset 16
        .cfi_offset x29, -16
        .cfi_offset x30, -8
        mov     x29, sp
        .cfi_def_cfa x29, 16
        mov     sp, x2
        mov     x16, x0
        mov     x0, x1
        blr     x16
        mov     sp, x29
        ldp     x29, x30, [sp], #16
        .cfi_def_cfa sp, 0
        .cfi_restore x29
        .cfi_restore x30
        ret
        .cfi_endproc
        .size   golite_callon, .-golite_callon

        .hidden DW.ref.golite_morestack_personality
        .weak   DW.ref.golite_morestack_personality
        .section .data.DW.ref.golite_morestack_personality,"awG",%progbits,DW.ref.golite_morestack_personality,comdat
        .p2align 3
        .type   DW.ref.golite_morestack_personality,%object
        .size   DW.ref.golite_morestack_personality, 8
DW.ref.golite_morestack_personality:
        .xword  golite_morestack_personality

        .section .note.GNU-stack,"",%progbits
