//===- codegen/stackcheck.cpp - Prologue stack checks and loop polls ------===//
//
// This file implements the stack check golite emits at the start of every
// Go function it cannot prove tiny, and the preemption poll on loop
// back-edges (issue 4; docs/stacks.md has the design and the numbers).
//
// The check is plain IR, the same on every target (LLVM's "split-stack"
// attribute is x86-only). Codegen only marks the functions that get one
// (emitStackCheck); insertStackChecks adds it after the optimization
// pipeline (emitObject), so that inlined bodies carry no check of their
// own, a function whose calls were all inlined is a leaf, and checks do
// not count against inlining. (With checks inserted at codegen, every
// inlined callee kept its check in the caller: +8% on strmap.)
//
//   check:  %guard = load i64, ptr @runtime.tlsguard   ; local-exec TLS
//           %sp    = llvm.stacksave()                   ; sp below the frame
//           br (%sp - big >= %guard), body, morestack   ; weights 2000:1
//   morestack:                                          ; cold
//           br (%guard == StackPreempt), poll, grow
//   poll:   call runtime.preemptpoll()                  ; yields
//           br (%sp - big >= reloaded guard), body, grow
//   grow:   %fn = asm "lea __morestack"                  ; keeps F's type
//           %r = call %fn(ptr nest @F.stackdesc, <F's arguments>)
//           br return                                   ; F's other returns
//
// __morestack (runtime/arch/<goarch>/morestack.S) has F's own signature,
// so arguments (registers, stack, sret) arrive exactly as F's do; the
// descriptor {F, stack-argument bytes (upper bound), big} tells it what to
// call again on a new segment and how much to copy. `big` is the size of
// the function's large locals, which are moved behind the check (dynamic
// allocas) so that the frame allocated before the check stays within the
// red zone below stackguard0 (runtime/stack.cpp: stackRedZone).
//
// Placement: at the entry when the function is a leaf, is built without
// optimization, or has big locals; otherwise at the start of the nearest
// block that dominates every call, lies in no cycle, and is reached only
// through instructions that write nothing but the function's own locals
// (the slow path runs the function again from its start, so anything done
// before the check must be harmless to repeat). A path that returns
// without a call (fib's `n < 2`) then skips the check, and LLVM's
// shrink-wrapping moves the register saves below it as well (a return
// block that both sides shared is copied for the early side, and the
// returns past the check, the slow path's too, are merged into one, so
// that shrink-wrapping finds one save and one restore point). Arguments the
// function never reads are passed to __morestack as poison, so that
// callers stop setting them (a plain function's unused closure context).
//
// The check is omitted in leaves (no calls but intrinsics and no-return
// runtime panics) whose frame is at most tinyFrame bytes: the red zone
// covers them. A poisoned guard (abi::StackPreempt) fails every check, so
// the slow path is also the preemption point: it yields in
// runtime.preemptpoll and goes on in place when the reloaded guard says
// the stack is long enough; only a short stack enters F again on a new
// segment (golite_morestack never re-enters it in place: recover and
// runtime.Caller recognize __morestack's frame).
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
// sequence through runtime.tlsg; GOLITE_LOOPPOLL=0 (measurement only)
// leaves the loop polls out. (Neither is part of the package cache's key:
// measure with a cache directory of their own, XDG_CACHE_HOME.)
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"
#include "runtime/abi.h"

#include "llvm/ADT/SCCIterator.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/ValueMapper.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/TargetParser/Triple.h"

#include <cstdlib>
#include <set>

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
/// Marks the functions that get a check (emitStackCheck) until
/// insertStackChecks runs.
constexpr const char *kStackCheckAttr = "golite-stackcheck";

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
/// Whether `i` may use the stack beyond the red zone: a call of a function
/// that returns (intrinsics, inline asm and no-return runtime panics run
/// within it).
bool needsCheck(const llvm::Instruction &i) {
  auto *cb = dyn_cast<llvm::CallBase>(&i);
  if (!cb || isa<llvm::IntrinsicInst>(cb) || cb->isInlineAsm() || cb->doesNotReturn()) return false;
  if (auto *callee = cb->getCalledFunction(); callee && callee->doesNotReturn()) return false;
  return true;
}

/// Whether running `i` and then running the function again from the start
/// (which the slow path does) is the same as running it once: it writes
/// nothing but the function's own locals.
bool repeatable(const llvm::Instruction &i) {
  if (auto *ii = dyn_cast<llvm::IntrinsicInst>(&i)) {
    if (ii->isAssumeLikeIntrinsic() || ii->isLifetimeStartOrEnd()) return true;
    if (auto *ms = dyn_cast<llvm::MemSetInst>(ii))
      return !ms->isVolatile() && isa<llvm::AllocaInst>(ms->getDest()->stripPointerCasts());
    if (auto *mt = dyn_cast<llvm::MemTransferInst>(ii))
      return !mt->isVolatile() && isa<llvm::AllocaInst>(mt->getDest()->stripPointerCasts());
  }
  if (auto *st = dyn_cast<llvm::StoreInst>(&i))
    return st->isSimple() && isa<llvm::AllocaInst>(st->getPointerOperand()->stripPointerCasts());
  return !i.mayHaveSideEffects() && !isa<llvm::AllocaInst>(i);
}

/// The block at whose start the prologue check goes: the nearest block that
/// dominates every call, is in no cycle, and is reached from the entry only
/// through repeatable instructions (the slow path runs the function again
/// from its start on the new segment). The entry when there is none.
llvm::BasicBlock *checkBlock(llvm::Function &fn, llvm::DominatorTree &dt) {
  llvm::BasicBlock *entry = &fn.getEntryBlock();
  if (fn.size() > 4000) return entry; // keep the compile linear
  llvm::BasicBlock *at = nullptr;
  for (auto &bb : fn) {
    if (!dt.isReachableFromEntry(&bb)) continue;
    for (auto &inst : bb) {
      if (isa<llvm::InvokeInst>(inst) || isa<llvm::LandingPadInst>(inst)) return entry;
      if (needsCheck(inst)) {
        at = at ? dt.findNearestCommonDominator(at, &bb) : &bb;
        break;
      }
    }
  }
  if (!at || at == entry) return entry;
  std::set<const llvm::BasicBlock *> cyclic;
  for (auto it = llvm::scc_begin(&fn); !it.isAtEnd(); ++it)
    if (it.hasCycle()) cyclic.insert((*it).begin(), (*it).end());
  for (int tries = 0; at != entry && tries < 32; ++tries, at = dt.getNode(at)->getIDom()->getBlock()) {
    if (cyclic.count(at)) continue;
    // Everything that can run before `at` is reached.
    bool ok = true;
    std::set<const llvm::BasicBlock *> seen;
    std::vector<const llvm::BasicBlock *> work(llvm::pred_begin(at), llvm::pred_end(at));
    while (ok && !work.empty()) {
      const llvm::BasicBlock *b = work.back();
      work.pop_back();
      if (b == at || !seen.insert(b).second) continue;
      for (const auto &inst : *b)
        if (!repeatable(inst) && !(b == entry && isa<llvm::AllocaInst>(inst))) {
          ok = false;
          break;
        }
      work.insert(work.end(), llvm::pred_begin(b), llvm::pred_end(b));
    }
    if (ok) return at;
  }
  return entry;
}
/// Whether a return block's instructions may be copied into a block of
/// their own: PHIs, a few instructions that only compute, and the ret.
bool copyableReturn(const llvm::BasicBlock &r) {
  int n = 0;
  for (const auto &i : r) {
    if (isa<llvm::PHINode>(i) || isa<llvm::ReturnInst>(i)) continue;
    if (i.mayHaveSideEffects() || i.mayReadFromMemory() || isa<llvm::AllocaInst>(i) ||
        isa<llvm::CallBase>(i) || ++n > 8)
      return false;
  }
  return true;
}

/// Gives the predecessors of a shared return block that the check at `at`
/// does not dominate a copy of that block: LLVM's shrink-wrapping cannot
/// leave the register saves out of a path that returns without calling
/// when that path shares its return block (and epilogue) with the paths
/// that call (fib's `n < 2`: one `ret` with a phi after optimization).
void splitReturns(llvm::Function &fn, llvm::BasicBlock *at, llvm::DominatorTree &dt) {
  std::vector<llvm::BasicBlock *> rets;
  for (auto &bb : fn)
    if (isa<llvm::ReturnInst>(bb.getTerminator()) && dt.isReachableFromEntry(&bb) &&
        !dt.dominates(at, &bb) && copyableReturn(bb))
      rets.push_back(&bb);
  for (llvm::BasicBlock *r : rets) {
    std::vector<llvm::BasicBlock *> early;
    size_t npreds = 0;
    for (llvm::BasicBlock *p : llvm::predecessors(r)) {
      ++npreds;
      if (!dt.dominates(at, p) && llvm::find(early, p) == early.end()) early.push_back(p);
    }
    if (early.empty() || early.size() == npreds) continue; // nothing shared
    for (llvm::BasicBlock *p : early) {
      if (!isa<llvm::BranchInst>(p->getTerminator()) && !isa<llvm::SwitchInst>(p->getTerminator()))
        continue;
      auto *nr = llvm::BasicBlock::Create(fn.getContext(), r->getName() + ".early", &fn, r);
      llvm::ValueToValueMapTy vm;
      for (llvm::PHINode &phi : r->phis()) vm[&phi] = phi.getIncomingValueForBlock(p);
      for (llvm::Instruction &i : *r) {
        if (isa<llvm::PHINode>(i)) continue;
        llvm::Instruction *c = i.clone();
        c->insertInto(nr, nr->end());
        llvm::RemapInstruction(c, vm, llvm::RF_IgnoreMissingLocals | llvm::RF_NoModuleLevelChanges);
        vm[&i] = c;
      }
      p->getTerminator()->replaceSuccessorWith(r, nr);
      for (llvm::PHINode &phi : r->phis())
        while (phi.getBasicBlockIndex(p) >= 0) phi.removeIncomingValue(p, false);
    }
  }
}
/// Merges the returns reachable from the check block `at` (the slow
/// path's among them) into one block, so that shrink-wrapping finds one
/// restore point for the frame the check's side of the function needs.
void unifyReturns(llvm::Function &fn, llvm::BasicBlock *at) {
  std::vector<llvm::BasicBlock *> rets;
  std::set<llvm::BasicBlock *> seen{at};
  std::vector<llvm::BasicBlock *> work{at};
  while (!work.empty()) {
    llvm::BasicBlock *b = work.back();
    work.pop_back();
    if (isa<llvm::ReturnInst>(b->getTerminator())) rets.push_back(b);
    for (llvm::BasicBlock *succ : llvm::successors(b))
      if (seen.insert(succ).second) work.push_back(succ);
  }
  if (rets.size() < 2) return;
  llvm::LLVMContext &C = fn.getContext();
  auto *u = llvm::BasicBlock::Create(C, "return", &fn);
  llvm::Type *rty = fn.getReturnType();
  llvm::PHINode *phi = rty->isVoidTy() ? nullptr : llvm::PHINode::Create(rty, rets.size(), "ret", u);
  for (llvm::BasicBlock *b : rets) {
    auto *ri = llvm::cast<llvm::ReturnInst>(b->getTerminator());
    if (phi) phi->addIncoming(ri->getReturnValue(), b);
    auto *br = llvm::BranchInst::Create(u, ri->getIterator());
    br->setDebugLoc(ri->getDebugLoc());
    ri->eraseFromParent();
  }
  auto *ret = llvm::ReturnInst::Create(C, phi, u);
  ret->setDebugLoc(rets.front()->getTerminator()->getDebugLoc());
}

/// The running G's stack guard, read from its thread-local slot.
llvm::Value *guardLoad(llvm::IRBuilder<> &ib, llvm::Module &m, bool isVolatile) {
  llvm::Type *i64 = ib.getInt64Ty();
  llvm::Type *ptr = ib.getPtrTy();
  // The running G's guard has a thread-local slot of its own (runtime/sched.h:
  // golite_tlsguard), so the check is one load that does not wait for g.
  if (const char *e = getenv("GOLITE_STACKGUARD"); e && e[0] == 'g') {
    // Measurement only (docs/stacks.md "Cost of the check"): the former
    // sequence, g from runtime.tlsg and then g->stackguard0 (the runtime
    // keeps the G's field up to date as well).
    auto *tlsg = m.getNamedGlobal("runtime.tlsg");
    if (!tlsg)
      tlsg = new llvm::GlobalVariable(m, ptr, false, llvm::GlobalValue::ExternalLinkage,
                                      nullptr, "runtime.tlsg", nullptr,
                                      llvm::GlobalValue::LocalExecTLSModel);
    llvm::LoadInst *g = ib.CreateLoad(ptr, tlsg, "g");
    g->setVolatile(isVolatile);
    static_assert(abi::GStackGuard0Offset == 0);
    llvm::LoadInst *guard = ib.CreateLoad(i64, g, "stackguard0");
    guard->setVolatile(isVolatile);
    return guard;
  }
  if (llvm::Triple(m.getTargetTriple()).isAArch64()) {
    // LLVM treats a TLS address as constant within a function and computes
    // TPIDR_EL0 + offset once (MachineCSE keeps `mrs` in a callee-saved
    // register): a check inlined after a call that parked, or a loop poll
    // after the G moved to another thread, would read the old thread's slot
    // (another G's guard: a wrong stack bound). The asm computes the
    // address each time, in one instruction fewer than LLVM's sequence. (On
    // amd64 every load is %fs-relative.)
    auto *fty = llvm::FunctionType::get(i64, false);
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
  auto *tls = m.getNamedGlobal("runtime.tlsguard");
  if (!tls) {
    tls = new llvm::GlobalVariable(m, i64, false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                   "runtime.tlsguard", nullptr,
                                   llvm::GlobalValue::LocalExecTLSModel); // static executables only
  }
  llvm::LoadInst *guard = ib.CreateLoad(i64, tls, "stackguard0");
  guard->setVolatile(isVolatile);
  return guard;
}

/// Whether the guard holds sysmon's preemption request (a fresh read).
llvm::Value *preemptRequested(llvm::IRBuilder<> &ib, llvm::Module &m) {
  return ib.CreateICmpEQ(guardLoad(ib, m, true), ib.getInt64(uint64_t(abi::StackPreempt)),
                         "preempt");
}

/// Inserts the prologue check into fn (see the file comment).
void insertCheck(llvm::Function *fn, int optLevel) {
  llvm::Module *M = fn->getParent();
  llvm::LLVMContext &C = fn->getContext();
  const llvm::DataLayout &dl = M->getDataLayout();
  auto ptrTy = [&] { return llvm::PointerType::get(C, 0); };
  auto intTy = [&] { return llvm::Type::getInt64Ty(C); };
  llvm::BasicBlock &entry = fn->getEntryBlock();

  bool leaf = true;
  for (auto &bb : *fn)
    for (auto &inst : bb)
      if (needsCheck(inst)) leaf = false;
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

  // Where: the entry, or (when no local was moved) a later block that
  // every call passes through, so that paths that return without a call
  // skip the check and LLVM can shrink-wrap the frame below it.
  llvm::BasicBlock *at = &entry;
  if (!big && !leaf && optLevel > 0) {
    llvm::DominatorTree dt(*fn);
    at = checkBlock(*fn, dt);
    if (at != &entry) splitReturns(*fn, at, dt);
  }
  llvm::BasicBlock *cont;
  if (at == &entry) {
    // After the static allocas (gathered at the top: they may sit anywhere
    // in the entry after optimization), with the big ones moved behind.
    std::set<llvm::Instruction *> fixed;
    for (auto &[ai, sz] : allocas) fixed.insert(ai);
    llvm::Instruction *first = nullptr;
    for (auto &inst : entry)
      if (!fixed.count(&inst)) {
        first = &inst;
        break;
      }
    for (auto &[ai, sz] : allocas) ai->moveBefore(first);
    cont = entry.splitBasicBlock(first, "stack.ok");
    entry.getTerminator()->eraseFromParent();
    for (auto it = moved.rbegin(); it != moved.rend(); ++it)
      (*it)->moveBefore(*cont, cont->getFirstInsertionPt());
  } else {
    cont = at->splitBasicBlock(at->getFirstInsertionPt(), "stack.ok");
    at->getTerminator()->eraseFromParent();
  }
  auto *slow = llvm::BasicBlock::Create(C, "morestack", fn);
  llvm::IRBuilder<> ib(at);
  // The check's line: that of the code it guards, else the function's.
  if (llvm::DISubprogram *sub = fn->getSubprogram()) {
    llvm::DebugLoc loc;
    for (auto &inst : *cont)
      if ((loc = inst.getDebugLoc())) break;
    ib.SetCurrentDebugLocation(loc ? loc : llvm::DebugLoc(llvm::DILocation::get(C, sub->getScopeLine(), 0, sub)));
  }
  // sp below the frame, less the big locals still to come, against the guard.
  auto fits = [&](bool isVolatile) {
    llvm::Value *guard = guardLoad(ib, *M, isVolatile);
    llvm::Value *sp = ib.CreatePtrToInt(
        ib.CreateIntrinsic(llvm::Intrinsic::stacksave, {ptrTy()}, {}), intTy(), "sp");
    llvm::Value *lim = big ? ib.CreateSub(sp, ib.getInt64(big)) : sp;
    return ib.CreateICmpUGE(lim, guard, "stack.fits");
  };
  llvm::MDBuilder mdb(C);
  auto *poll = llvm::BasicBlock::Create(C, "morestack.poll", fn);
  auto *grow = llvm::BasicBlock::Create(C, "morestack.grow", fn);
  ib.CreateCondBr(fits(false), cont, slow, mdb.createBranchWeights(2000, 1));

  // A preemption request (the poisoned guard) yields here and goes on in
  // place, unless the stack is short as well: F is not entered again, so
  // what ran before the check is not repeated and its caller stays its
  // caller (runtime.Caller, recover).
  // (The slow path reads the guard and sp again rather than keeping the
  // fast path's values live: in fib that cost a register move per call.)
  ib.SetInsertPoint(slow);
  ib.CreateCondBr(preemptRequested(ib, *M), poll, grow);
  ib.SetInsertPoint(poll);
  ib.CreateCall(M->getOrInsertFunction("runtime.preemptpoll", llvm::Type::getVoidTy(C)), {})
      ->addFnAttr(llvm::Attribute::Cold);
  ib.CreateCondBr(fits(true), cont, grow, mdb.createBranchWeights(2000, 1));

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
  ib.SetInsertPoint(grow);
  bool arm64 = llvm::Triple(M->getTargetTriple()).isAArch64();
  const char *addr = arm64 ? "adrp $0, __morestack\n\tadd $0, $0, :lo12:__morestack"
                           : "leaq __morestack(%rip), $0";
  auto *launder = llvm::InlineAsm::get(llvm::FunctionType::get(ptrTy(), false), addr, "=r",
                                       /*hasSideEffects=*/true); // stays in the cold block
  llvm::Value *callee = ib.CreateCall(launder, {}, "morestack.fn");
  // Same attributes as F's parameters, shifted by the descriptor. A
  // parameter F never reads is passed as poison (F, entered again, does not
  // read it either): otherwise this call would be its only use and every
  // caller would keep setting it (a closure context that a plain function
  // ignores: `xor %edi,%edi` before each call).
  llvm::AttributeList fa = fn->getAttributes();
  llvm::AttrBuilder nest(C);
  nest.addAttribute(llvm::Attribute::Nest);
  std::vector<llvm::AttributeSet> pas{llvm::AttributeSet::get(C, nest)};
  std::vector<llvm::Value *> args{desc};
  for (auto &a : fn->args()) {
    bool unread = a.use_empty() && !a.hasPassPointeeByValueCopyAttr() && !a.hasStructRetAttr() &&
                  !a.hasInAllocaAttr() && !a.hasPreallocatedAttr();
    args.push_back(unread ? llvm::PoisonValue::get(a.getType()) : static_cast<llvm::Value *>(&a));
    pas.push_back(unread ? llvm::AttributeSet() : fa.getParamAttrs(a.getArgNo()));
  }
  llvm::CallInst *call = ib.CreateCall(mty, callee, args);
  call->setAttributes(llvm::AttributeList::get(C, llvm::AttributeSet(), fa.getRetAttrs(), pas));
  call->addFnAttr(llvm::Attribute::Cold);
  if (fty->getReturnType()->isVoidTy())
    ib.CreateRetVoid();
  else
    ib.CreateRet(call);
  if (at != &entry) unifyReturns(*fn, at);
}
} // namespace

bool CodeGen::stackChecksOn() {
  if (const char *e = getenv("GOLITE_STACKCHECK")) return e[0] == '1';
  return opts.stackCheck;
}

void CodeGen::emitStackCheck() {
  // Inserted after optimization (insertStackChecks): inlined callees carry
  // no check of their own, and a function whose calls were all inlined is
  // a leaf.
  if (stackChecksOn()) fs->fn->addFnAttr(kStackCheckAttr);
}

void golite::insertStackChecks(llvm::Module &m, int optLevel) {
  for (llvm::Function &fn : m) {
    if (fn.isDeclaration() || !fn.hasFnAttribute(kStackCheckAttr)) continue;
    fn.removeFnAttr(kStackCheckAttr);
    insertCheck(&fn, optLevel);
  }
}

void CodeGen::emitLoopPoll() {
  if (!stackChecksOn() || terminated()) return;
  if (const char *e = getenv("GOLITE_LOOPPOLL"); e && e[0] == '0') return; // measurement only
  llvm::Value *poisoned = preemptRequested(b, *M);
  auto *poll = newBlock("preempt.poll");
  auto *cont = newBlock("preempt.done");
  llvm::MDBuilder mdb(C);
  b.CreateCondBr(poisoned, poll, cont, mdb.createBranchWeights(1, 2000));
  b.SetInsertPoint(poll);
  rtcall("preemptpoll", {});
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}
