//===- codegen/defer.cpp - defer, panic and recover -----------------------===//
//
// This file implements defer and recover on top of the runtime's defer
// machinery (runtime.def):
//   - a function with defers allocas a frame token and passes its address
//     to the runtime; its personality is __gcc_personality_v0;
//   - `defer func(){...}()` (a func value called without arguments) is
//     runtime.deferproc(frame, funcvalue);
//   - any other `defer f(args)` evaluates f, the receiver and the
//     arguments now, stores them in a heap closure {thunk, callee, ctx,
//     args...} and calls runtime.deferprocThunk(frame, closure); the thunk
//     (noinline) calls the callee with a noinline call site, so that
//     recover's frame-address rule holds;
//   - every call in such a function is an invoke; the landing pad asks
//     runtime.deferlp whether the unwind is a recovery aimed at this frame:
//     if so the function runs deferreturn and returns its named results
//     (zero for unnamed ones), else it resumes unwinding;
//   - recover() is runtime.gorecover(frameaddress(1)), and its caller is
//     noinline.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

#include "llvm/IR/Intrinsics.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

void CodeGen::setupDefer() {
  fs->frame = tempAlloca(intTy(), "deferframe");
  {
    llvm::IRBuilder<> eb(fs->allocaPt);
    eb.CreateStore(eb.getInt64(0), fs->frame);
  }
  auto *pty = llvm::FunctionType::get(b.getInt32Ty(), true);
  llvm::FunctionCallee pers = M->getOrInsertFunction("__gcc_personality_v0", pty);
  fs->fn->setPersonalityFn(cast<llvm::Constant>(pers.getCallee()));
  fs->hasDefer = true;
}

llvm::BasicBlock *CodeGen::landingPad() {
  if (fs->lpad) return fs->lpad;
  auto ip = b.saveIP();
  fs->lpad = newBlock("lpad");
  b.SetInsertPoint(fs->lpad);
  auto *lpTy = llvm::StructType::get(C, {ptrTy(), b.getInt32Ty()});
  llvm::LandingPadInst *lp = b.CreateLandingPad(lpTy, 0);
  lp->setCleanup(true);
  llvm::Value *exc = b.CreateExtractValue(lp, 0);
  llvm::Function *dl = rt("deferlp");
  llvm::Value *rec = b.CreateCall(dl, {fs->frame, exc});
  auto *recovered = newBlock("recovered");
  auto *resume = newBlock("resume");
  b.CreateCondBr(rec, recovered, resume);
  b.SetInsertPoint(resume);
  // Not `resume`: the unwinder needs more stack than compiled code leaves
  // below its frames; runtime.unwindResume calls _Unwind_Resume on a
  // bigger segment when this one is short (docs/stacks.md).
  b.CreateCall(rt("unwindResume"), {exc});
  b.CreateUnreachable();
  b.SetInsertPoint(recovered);
  // Zero the unnamed results, then return like a normal return.
  if (fs->sig) {
    auto &rv = fs->sig->results->vars;
    for (size_t i = 0; i < rv.size(); ++i)
      if (rv[i]->name.empty() || rv[i]->name == "_")
        b.CreateStore(zero(rv[i]->type), fs->resultSlots[i]);
  }
  if (fs->sig) {
    emitReturnValues();
  } else {
    rtcall("deferreturn", {fs->frame});
    b.CreateRetVoid();
  }
  b.restoreIP(ip);
  return fs->lpad;
}

llvm::Value *CodeGen::emitRecover() {
  fs->fn->addFnAttr(llvm::Attribute::NoInline);
  llvm::Function *fa =
      llvm::Intrinsic::getDeclaration(M, llvm::Intrinsic::frameaddress, {ptrTy()});
  llvm::Value *f1 = b.CreateCall(fa, {b.getInt32(1)});
  llvm::Value *r = rtcall("gorecover", {f1});
  llvm::Value *v = llvm::UndefValue::get(ifaceTy());
  v = b.CreateInsertValue(v, b.CreateExtractValue(r, 0), 0);
  return b.CreateInsertValue(v, b.CreateExtractValue(r, 1), 1);
}

void CodeGen::emitDefer(DeferStmt *d) {
  if (!fs->hasDefer) setupDefer();
  CallExpr *call = d->call;
  Expr *fun = unparen(call->fun);
  // defer func(){...}() and other argument-less func values.
  bool plainValue = isa<FuncLit>(fun) && call->args.empty();
  if (plainValue) {
    llvm::Value *fv = emitExpr(fun);
    rtcall("deferproc", {fs->frame, fv});
    return;
  }
  rtcall("deferprocThunk", {fs->frame, callClosure(call)});
}

/// Evaluates the function value, receiver and arguments of `call` now and
/// returns a heap closure {thunk, callee, ctx, args...} whose code, called
/// with the closure as its context, makes the call (defer and go).
llvm::Value *CodeGen::callClosure(CallExpr *call) {
  Expr *fun = unparen(call->fun);
  bool isValueCall = !builtinOf(fun) && !fun->tv.isType();
  if (isValueCall) {
    if (auto *id = dyn_cast<Ident>(fun); id && isa_and_nonnull<Func>(id->obj)) isValueCall = false;
    if (auto *s = dyn_cast<SelectorExpr>(fun)) {
      if (!s->selection || s->selection->kind == SelectionKind::MethodVal) isValueCall = false;
    }
  }
  // Evaluate the call's parts now; the thunk replays the call later.
  std::vector<llvm::Value *> vals;
  std::vector<Type *> goTypes;
  Builtin *bi = builtinOf(fun);
  CallPlan plan;
  if (bi) {
    for (size_t i = 0; i < call->args.size(); ++i) {
      Expr *a = call->args[i];
      Type *t = a->tv.type;
      if (bi->id == BuiltinId::Panic) t = tctx.emptyInterface();
      if (auto *bt = dyn_cast_or_null<Basic>(t); bt && (bt->info & IsUntyped)) t = defaultType(tctx, t);
      if (bi->id == BuiltinId::Delete && i == 1)
        t = cast<Map>(call->args[0]->tv.type->underlying())->key;
      vals.push_back(emitExprTo(a, t));
      goTypes.push_back(t);
    }
  } else if (isValueCall) {
    // A func value: a nil one panics when the deferred call runs.
    auto *sig = cast<Signature>(fun->tv.type->underlying());
    plan.ctx = emitExpr(fun);
    plan.sig = sig;
    plan.fty = funcType(sig);
    plan.args = emitArgs(call, sig);
    vals = plan.args;
  } else {
    planCall(call, plan);
    vals = plan.args;
  }
  std::vector<llvm::Type *> fields{ptrTy(), ptrTy(), ptrTy()};
  for (auto *v : vals) fields.push_back(v->getType());
  auto *cty = llvm::StructType::get(C, fields);
  llvm::Function *thunk = nullptr;
  if (!thunk) {
    FnState st, *saved = fs;
    auto ip = b.saveIP();
    auto *tty = llvm::FunctionType::get(b.getVoidTy(), {ptrTy()}, false);
    thunk = startHelper("golite.deferthunk", tty, st);
    thunk->addFnAttr(llvm::Attribute::NoInline);
    thunk->addFnAttr("disable-tail-calls", "true");
    std::vector<llvm::Value *> loaded;
    for (size_t i = 0; i < vals.size(); ++i)
      loaded.push_back(b.CreateLoad(fields[i + 3], b.CreateStructGEP(cty, st.ctx, i + 3)));
    if (bi) {
      switch (bi->id) {
      case BuiltinId::Panic:
        rtcall("gopanic", {b.CreateExtractValue(loaded[0], 0), b.CreateExtractValue(loaded[0], 1)});
        break;
      case BuiltinId::Print:
      case BuiltinId::Println:
        emitPrint(loaded, goTypes, bi->id == BuiltinId::Println);
        break;
      case BuiltinId::Delete:
        mapDelete(loaded[0], loaded[1], call->args[0]->tv.type);
        break;
      case BuiltinId::Recover:
        emitRecover();
        break;
      case BuiltinId::Close:
        rtcall("closechan", {loaded[0]});
        break;
      case BuiltinId::Copy:
        emitCopy(loaded[0], loaded[1], cast<Slice>(call->args[0]->tv.type->underlying())->elem);
        break;
      default:
        unsupported() << "golite: codegen: defer " << bi->name << " is not supported yet\n";
      }
    } else {
      llvm::Value *callee = b.CreateLoad(ptrTy(), b.CreateStructGEP(cty, st.ctx, 1));
      llvm::Value *ctx = b.CreateLoad(ptrTy(), b.CreateStructGEP(cty, st.ctx, 2));
      if (isValueCall) callee = b.CreateLoad(ptrTy(), nilCheck(ctx));
      std::vector<llvm::Value *> args{ctx};
      args.insert(args.end(), loaded.begin(), loaded.end());
      llvm::CallInst *ci = b.CreateCall(plan.fty, callee, args);
      ci->setIsNoInline();
      // The callee's frameaddress(2) must be the runtime frame: no sibcall.
      ci->setTailCallKind(llvm::CallInst::TCK_NoTail);
    }
    if (!terminated()) b.CreateRetVoid();
    finishHelper(saved, ip);
  }
  llvm::Value *obj = heapAlloc(cty);
  b.CreateStore(thunk, b.CreateStructGEP(cty, obj, 0));
  b.CreateStore(plan.callee ? plan.callee : llvm::Constant::getNullValue(ptrTy()),
                b.CreateStructGEP(cty, obj, 1));
  b.CreateStore(plan.ctx ? plan.ctx : llvm::Constant::getNullValue(ptrTy()),
                b.CreateStructGEP(cty, obj, 2));
  for (size_t i = 0; i < vals.size(); ++i)
    b.CreateStore(vals[i], b.CreateStructGEP(cty, obj, i + 3));
  return obj;
}
