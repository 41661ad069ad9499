//===- codegen/stackcheck.cpp - Prologue stack checks and loop polls ------===//
//
// This file implements the stack check golite emits at the start of every
// Go function it cannot prove tiny, and the preemption poll on loop
// back-edges (issue 4; docs/stacks.md has the design and the numbers).
//
// The check is plain IR, the same on every target (LLVM's "split-stack"
// attribute is x86-only):
//
//   entry:  <static allocas>
//           %guard = load i64, ptr @runtime.tlsguard   ; local-exec TLS
//           %sp    = llvm.stacksave()                   ; sp below the frame
//           br (%sp - big >= %guard), body, morestack   ; weights 2000:1
//   morestack:                                          ; cold
//           %fn = asm "lea __morestack"                  ; keeps F's type
//           %r = call %fn(ptr nest @F.stackdesc, <F's arguments>)
//           ret %r
//
// __morestack (runtime/arch/<goarch>/morestack.S) has F's own signature,
// so arguments (registers, stack, sret) arrive exactly as F's do; the
// descriptor {F, stack-argument bytes (upper bound), big} tells it what to
// call again on a new segment and how much to copy. `big` is the size of
// the function's large locals, which are moved behind the check (dynamic
// allocas) so that the frame allocated before the check stays within the
// red zone below stackguard0 (runtime/stack.cpp: stackRedZone).
//
// The check is omitted in leaves (no calls but intrinsics and no-return
// runtime panics) whose frame is at most tinyFrame bytes: the red zone
// covers them. A poisoned guard (abi::StackPreempt) fails every check, so
// the slow path is also the preemption point.
//
// runtime.tlsguard is the running G's stackguard0 in a thread-local slot
// of its own (runtime/sched.h: golite_tlsguard; the runtime rewrites it at
// every G switch and segment switch, sysmon poisons it): one load with no
// dependency on g, `cmpq %rsp, %fs:runtime.tlsguard@TPOFF` on amd64. On
// arm64 an inline asm (mrs, add, ldr) reads it, because LLVM computes a
// TLS address once per function and a check inlined after a call that
// parked would read the old thread's slot.
//
// Loops: every `for`/`range` back-edge loads the slot (volatile) and
// calls runtime.preemptpoll when it equals abi::StackPreempt.
//
// Switch: on by default; -gcflags=-nostackcheck (hidden, for measurement)
// or GOLITE_STACKCHECK=0 turns both off, GOLITE_STACKCHECK=1 forces them on.
// GOLITE_STACKGUARD=g (measurement only) emits the former two-load
// sequence through runtime.tlsg.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"
#include "runtime/abi.h"

#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/TargetParser/Triple.h"

#include <cstdlib>

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {
// The red zone below stackguard0 is 1 KiB (runtime/stack.cpp:
// stackRedZone): it holds the frame allocated before the check fails, the
// morestack path (~450 bytes) and runtime code called from Go (deep
// runtime work switches stacks itself), so the frame before the check
// must stay small.
/// A leaf whose frame is at most this many bytes needs no check.
constexpr uint64_t tinyFrame = 256;
/// When the static frame exceeds this, locals larger than bigLocal are
/// allocated after the check.
constexpr uint64_t maxCheckedFrame = 512;
constexpr uint64_t bigLocal = 64;

/// Upper bound of the 8-byte slots a value of type t takes when passed.
uint64_t argSlots(llvm::Type *t) {
  if (auto *st = dyn_cast<llvm::StructType>(t)) {
    uint64_t n = 0;
    for (llvm::Type *e : st->elements()) n += argSlots(e);
    return n;
  }
  if (auto *at = dyn_cast<llvm::ArrayType>(t)) return at->getNumElements() * argSlots(at->getElementType());
  if (auto *vt = dyn_cast<llvm::FixedVectorType>(t))
    return (vt->getPrimitiveSizeInBits().getFixedValue() + 63) / 64 + 1;
  if (t->isIntegerTy() && t->getIntegerBitWidth() > 64) return 2 + 1;
  return 1;
}
} // namespace

bool CodeGen::stackChecksOn() {
  if (const char *e = getenv("GOLITE_STACKCHECK")) return e[0] == '1';
  return opts.stackCheck;
}

llvm::Value *CodeGen::loadStackGuard(llvm::IRBuilder<> &ib, bool isVolatile) {
  // The running G's guard has a thread-local slot of its own (runtime/sched.h:
  // golite_tlsguard), so the check is one load that does not wait for g.
  if (const char *e = getenv("GOLITE_STACKGUARD"); e && e[0] == 'g') {
    // Measurement only (docs/stacks.md "Cost of the check"): the former
    // sequence, g from runtime.tlsg and then g->stackguard0 (the runtime
    // keeps the G's field up to date as well).
    auto *tlsg = M->getNamedGlobal("runtime.tlsg");
    if (!tlsg)
      tlsg = new llvm::GlobalVariable(*M, ptrTy(), false, llvm::GlobalValue::ExternalLinkage,
                                      nullptr, "runtime.tlsg", nullptr,
                                      llvm::GlobalValue::LocalExecTLSModel);
    llvm::LoadInst *g = ib.CreateLoad(ptrTy(), tlsg, "g");
    g->setVolatile(isVolatile);
    static_assert(abi::GStackGuard0Offset == 0);
    llvm::LoadInst *guard = ib.CreateLoad(intTy(), g, "stackguard0");
    guard->setVolatile(isVolatile);
    return guard;
  }
  if (llvm::Triple(M->getTargetTriple()).isAArch64()) {
    // LLVM treats a TLS address as constant within a function and computes
    // TPIDR_EL0 + offset once (MachineCSE keeps `mrs` in a callee-saved
    // register): a check inlined after a call that parked, or a loop poll
    // after the G moved to another thread, would read the old thread's slot
    // (another G's guard: a wrong stack bound). The asm computes the
    // address each time, in one instruction fewer than LLVM's sequence. (On
    // amd64 every load is %fs-relative.)
    auto *fty = llvm::FunctionType::get(intTy(), false);
    auto *asmv = llvm::InlineAsm::get(fty,
                                      "mrs $0, TPIDR_EL0\n\t"
                                      "add $0, $0, :tprel_hi12:runtime.tlsguard\n\t"
                                      "ldr $0, [$0, :tprel_lo12_nc:runtime.tlsguard]",
                                      "=r", /*hasSideEffects=*/true);
    llvm::CallInst *ci = ib.CreateCall(asmv, {}, "stackguard0");
    // It reads memory no IR value aliases, and must not be hoisted or merged.
    ci->setMemoryEffects(llvm::MemoryEffects::inaccessibleMemOnly());
    ci->setDoesNotThrow();
    return ci;
  }
  auto *tls = M->getNamedGlobal("runtime.tlsguard");
  if (!tls) {
    tls = new llvm::GlobalVariable(*M, intTy(), false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                   "runtime.tlsguard", nullptr,
                                   llvm::GlobalValue::LocalExecTLSModel); // static executables only
  }
  llvm::LoadInst *guard = ib.CreateLoad(intTy(), tls, "stackguard0");
  guard->setVolatile(isVolatile);
  return guard;
}

void CodeGen::emitStackCheck() {
  if (!stackChecksOn()) return;
  llvm::Function *fn = fs->fn;
  const llvm::DataLayout &dl = M->getDataLayout();
  llvm::BasicBlock &entry = fn->getEntryBlock();

  bool leaf = true;
  for (auto &bb : *fn)
    for (auto &inst : bb) {
      auto *cb = dyn_cast<llvm::CallBase>(&inst);
      if (!cb || isa<llvm::IntrinsicInst>(cb) || cb->doesNotReturn()) continue;
      if (auto *callee = cb->getCalledFunction(); callee && callee->doesNotReturn()) continue;
      leaf = false;
    }
  std::vector<std::pair<llvm::AllocaInst *, uint64_t>> allocas;
  uint64_t frame = 0;
  for (auto &inst : entry)
    if (auto *ai = dyn_cast<llvm::AllocaInst>(&inst))
      if (auto sz = ai->getAllocationSize(dl)) {
        allocas.push_back({ai, sz->getFixedValue()});
        frame += sz->getFixedValue();
      }
  if (leaf && frame <= tinyFrame) return;

  // Big locals go behind the check: the frame allocated before it must fit
  // in the red zone.
  uint64_t big = 0;
  std::vector<llvm::AllocaInst *> moved;
  if (frame > maxCheckedFrame)
    for (auto &[ai, sz] : allocas)
      if (sz > bigLocal) {
        moved.push_back(ai);
        big += (sz + 15) & ~uint64_t(15);
      }

  llvm::Instruction *term = entry.getTerminator();
  llvm::BasicBlock *body = term->getSuccessor(0);
  auto *cont = llvm::BasicBlock::Create(C, "stack.ok", fn, body);
  auto *slow = llvm::BasicBlock::Create(C, "morestack", fn);
  llvm::IRBuilder<> ib(cont);
  for (llvm::AllocaInst *ai : moved) ai->moveBefore(*cont, cont->end());
  ib.SetInsertPoint(cont);
  ib.CreateBr(body);

  ib.SetInsertPoint(term);
  llvm::Value *guard = loadStackGuard(ib, false);
  llvm::Value *sp = ib.CreatePtrToInt(
      ib.CreateIntrinsic(llvm::Intrinsic::stacksave, {ptrTy()}, {}), intTy(), "sp");
  llvm::Value *lim = big ? ib.CreateSub(sp, ib.getInt64(big)) : sp;
  llvm::Value *ok = ib.CreateICmpUGE(lim, guard, "stack.fits");
  llvm::MDBuilder mdb(C);
  ib.CreateCondBr(ok, cont, slow, mdb.createBranchWeights(2000, 1));
  term->eraseFromParent();

  // The slow path: F again through the trampoline, with F's arguments.
  llvm::FunctionType *fty = fn->getFunctionType();
  uint64_t slots = 0;
  for (llvm::Type *p : fty->params()) slots += argSlots(p);
  std::vector<llvm::Type *> ptys{ptrTy()};
  ptys.insert(ptys.end(), fty->param_begin(), fty->param_end());
  auto *mty = llvm::FunctionType::get(fty->getReturnType(), ptys, false);
  auto *descTy = llvm::StructType::get(ptrTy(), intTy(), intTy());
  auto *desc = new llvm::GlobalVariable(
      *M, descTy, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantStruct::get(descTy, {fn, ib.getInt64(slots * 8 + 16), ib.getInt64(big)}),
      fn->getName() + ".stackdesc");
  // __morestack takes every function's signature, but a module can declare
  // it only once: a direct call whose type differs from the declaration's
  // is "repaired" by InstCombine to the declared type when the two are
  // bit-castable, which moves a float result from d0/xmm0 to x0/rax (a
  // preempted math/rand.Float64 returned garbage on arm64). The callee goes
  // through an inline asm the optimizer cannot see through, so each
  // call keeps its own type. (The asm computes the address itself: given
  // @__morestack as an operand, MachineLICM hoisted its computation into a
  // callee-saved register for the whole function.)
  ib.SetInsertPoint(slow);
  bool arm64 = llvm::Triple(M->getTargetTriple()).isAArch64();
  const char *addr = arm64 ? "adrp $0, __morestack\n\tadd $0, $0, :lo12:__morestack"
                           : "leaq __morestack(%rip), $0";
  auto *launder = llvm::InlineAsm::get(llvm::FunctionType::get(ptrTy(), false), addr, "=r",
                                       /*hasSideEffects=*/true); // stays in the cold block
  llvm::Value *callee = ib.CreateCall(launder, {}, "morestack.fn");
  std::vector<llvm::Value *> args{desc};
  for (auto &a : fn->args()) args.push_back(&a);
  llvm::CallInst *call = ib.CreateCall(mty, callee, args);
  // Same attributes as F's parameters, shifted by the descriptor.
  llvm::AttributeList fa = fn->getAttributes();
  llvm::AttrBuilder nest(C);
  nest.addAttribute(llvm::Attribute::Nest);
  std::vector<llvm::AttributeSet> pas{llvm::AttributeSet::get(C, nest)};
  for (unsigned i = 0; i < fty->getNumParams(); ++i) pas.push_back(fa.getParamAttrs(i));
  call->setAttributes(llvm::AttributeList::get(C, llvm::AttributeSet(), fa.getRetAttrs(), pas));
  call->addFnAttr(llvm::Attribute::Cold);
  if (fty->getReturnType()->isVoidTy())
    ib.CreateRetVoid();
  else
    ib.CreateRet(call);
}

void CodeGen::emitLoopPoll() {
  if (!stackChecksOn() || terminated()) return;
  llvm::Value *guard = loadStackGuard(b, true);
  llvm::Value *poisoned =
      b.CreateICmpEQ(guard, b.getInt64(uint64_t(abi::StackPreempt)), "preempt");
  auto *poll = newBlock("preempt.poll");
  auto *cont = newBlock("preempt.done");
  llvm::MDBuilder mdb(C);
  b.CreateCondBr(poisoned, poll, cont, mdb.createBranchWeights(1, 2000));
  b.SetInsertPoint(poll);
  rtcall("preemptpoll", {});
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}
