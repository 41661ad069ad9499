//===- codegen/call.cpp - Calls and built-in functions --------------------===//
//
// This file implements calls: direct calls of functions and methods (ctx is
// null), calls through func values (the code pointer is word 0 of the
// closure object, which is passed as ctx), interface method calls (the code
// pointer comes from the itab; the receiver is the interface data word),
// conversions written as calls, and the built-in functions (len, cap,
// append, copy, make, new, delete, panic, print, println, recover, complex,
// real, imag). Inside a function with defers every call is an invoke whose
// unwind edge goes to the function's landing pad (see defer.cpp).
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

llvm::Value *CodeGen::callValue(llvm::FunctionType *fty, llvm::Value *callee,
                                llvm::ArrayRef<llvm::Value *> args) {
  if (fs && fs->hasDefer) {
    auto *normal = newBlock("invoke.cont");
    auto *inv = b.CreateInvoke(fty, callee, normal, landingPad(), args);
    b.SetInsertPoint(normal);
    return inv;
  }
  return b.CreateCall(fty, callee, args);
}

Builtin *CodeGen::builtinOf(Expr *fun) {
  fun = unparen(fun);
  if (auto *id = dyn_cast<Ident>(fun)) return dyn_cast_or_null<Builtin>(id->obj);
  if (auto *s = dyn_cast<SelectorExpr>(fun))
    if (!s->selection) return dyn_cast_or_null<Builtin>(s->sel->obj);
  return nullptr;
}

std::vector<llvm::Value *> CodeGen::emitMulti(Expr *e, size_t n, std::vector<Type *> &types) {
  e = unparen(e);
  std::vector<llvm::Value *> vals;
  types.clear();
  if (auto *ix = dyn_cast<IndexExpr>(e)) {
    auto *mt = cast<Map>(ix->x->tv.type->underlying());
    llvm::Value *m = emitExpr(ix->x);
    llvm::Value *k = emitExprTo(ix->index, mt->key);
    llvm::Value *ok = nullptr;
    vals.push_back(mapLookup(m, k, ix->x->tv.type, &ok));
    vals.push_back(ok);
    types = {mt->elem, tctx.basic(BasicKind::Bool)};
    return vals;
  }
  if (auto *u = dyn_cast<UnaryExpr>(e); u && u->op == Tok::Arrow) {
    llvm::Value *ok = nullptr;
    vals.push_back(emitRecv(u, &ok));
    vals.push_back(ok);
    types = {cast<Chan>(u->x->tv.type->underlying())->elem, tctx.basic(BasicKind::Bool)};
    return vals;
  }
  if (auto *ta = dyn_cast<TypeAssertExpr>(e)) {
    llvm::Value *r = emitTypeAssert(ta, true);
    vals = {b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1)};
    types = {ta->type->tv.type, tctx.basic(BasicKind::Bool)};
    return vals;
  }
  llvm::Value *r = emitExpr(e);
  auto *tup = dyn_cast_or_null<Tuple>(e->tv.type);
  if (!tup) {
    vals.push_back(r);
    types.push_back(e->tv.type);
    return vals;
  }
  for (size_t i = 0; i < tup->vars.size(); ++i) {
    vals.push_back(b.CreateExtractValue(r, i));
    types.push_back(tup->vars[i]->type);
  }
  return vals;
}

std::vector<llvm::Value *> CodeGen::emitArgs(CallExpr *c, Signature *sig) {
  auto &params = sig->params->vars;
  std::vector<llvm::Value *> out;
  size_t np = params.size();
  bool spread = sig->variadic && !c->hasEllipsis();
  size_t fixed = spread ? np - 1 : np;
  // f(g()) where g returns several values.
  std::vector<llvm::Value *> vals;
  std::vector<Type *> types;
  std::vector<Expr *> exprs;
  if (c->args.size() == 1 && isa_and_nonnull<Tuple>(c->args[0]->tv.type) &&
      (np > 1 || spread)) {
    vals = emitMulti(c->args[0], 0, types);
  } else {
    exprs = c->args;
  }
  size_t nargs = exprs.empty() ? vals.size() : exprs.size();
  auto argTo = [&](size_t i, Type *t) -> llvm::Value * {
    if (!exprs.empty()) return emitExprTo(exprs[i], t);
    return convertImplicit(vals[i], types[i], t);
  };
  for (size_t i = 0; i < fixed && i < nargs; ++i) out.push_back(argTo(i, params[i]->type));
  if (spread) {
    Type *st = params[np - 1]->type;
    Type *elem = cast<Slice>(st->underlying())->elem;
    size_t extra = nargs > fixed ? nargs - fixed : 0;
    if (extra == 0) {
      out.push_back(zero(st));
    } else {
      llvm::Value *data = rtcall("newarray", {typeDesc(elem), b.getInt64(extra)});
      for (size_t i = 0; i < extra; ++i) {
        llvm::Value *v = argTo(fixed + i, elem);
        b.CreateStore(v, b.CreateInBoundsGEP(llt(elem), data, b.getInt64(i)));
      }
      out.push_back(makeSlice(data, b.getInt64(extra), b.getInt64(extra)));
    }
  }
  return out;
}

bool CodeGen::planCall(CallExpr *c, CallPlan &plan) {
  Expr *fun = unparen(c->fun);
  llvm::Value *nullCtx = llvm::Constant::getNullValue(ptrTy());
  Func *direct = nullptr;
  if (auto *id = dyn_cast<Ident>(fun)) direct = dyn_cast_or_null<Func>(id->obj);
  if (auto *s = dyn_cast<SelectorExpr>(fun); s && !s->selection)
    direct = dyn_cast_or_null<Func>(s->sel->obj);
  if (direct) {
    plan.sig = direct->sig();
    llvm::Function *fn = getFunc(direct);
    plan.callee = fn;
    plan.fty = fn->getFunctionType();
    plan.ctx = nullCtx;
    plan.direct = true;
    plan.args = emitArgs(c, plan.sig);
    return true;
  }
  if (auto *s = dyn_cast<SelectorExpr>(fun);
      s && s->selection && s->selection->kind == SelectionKind::MethodVal) {
    auto *m = cast<Func>(s->selection->obj);
    Type *cur = s->x->tv.type;
    llvm::Value *addr = nullptr, *val = nullptr;
    if (s->x->tv.mode == Mode::Variable && !isa<Pointer>(cur->underlying()))
      addr = emitAddr(s->x);
    else
      val = emitExpr(s->x);
    auto &idx = s->selection->index;
    for (size_t i = 0; i + 1 < idx.size(); ++i) {
      if (auto *p = dyn_cast<Pointer>(cur->underlying())) {
        llvm::Value *pv = addr ? b.CreateLoad(ptrTy(), addr) : val;
        addr = nilCheck(pv);
        val = nullptr;
        cur = p->elem;
      }
      auto *st = cast<Struct>(cur->underlying());
      if (addr)
        addr = b.CreateStructGEP(llt(st), addr, idx[i]);
      else
        val = b.CreateExtractValue(val, idx[i]);
      cur = st->fields[idx[i]]->type;
    }
    Signature *msig = m->sig();
    if (isa<Interface>(cur->underlying())) {
      llvm::Value *iv = addr ? b.CreateLoad(llt(cur), addr) : val;
      llvm::FunctionType *fty;
      plan.callee = ifaceMethodCallee(iv, cur, m->name, msig, fty);
      plan.fty = fty;
      plan.ctx = nullCtx;
      plan.sig = msig;
      plan.args.push_back(b.CreateExtractValue(iv, 1));
      auto rest = emitArgs(c, msig);
      plan.args.insert(plan.args.end(), rest.begin(), rest.end());
      return true;
    }
    bool curPtr = isa<Pointer>(cur->underlying());
    llvm::Value *recv;
    if (m->hasPtrRecv()) {
      if (curPtr)
        recv = addr ? b.CreateLoad(ptrTy(), addr) : val;
      else {
        if (!addr) {
          addr = tempAlloca(val->getType(), "recv");
          b.CreateStore(val, addr);
        }
        recv = addr;
      }
    } else {
      Type *rt = msig->recv ? msig->recv->type : cur;
      if (curPtr) {
        llvm::Value *p = addr ? b.CreateLoad(ptrTy(), addr) : val;
        recv = b.CreateLoad(llt(rt), nilCheck(p));
      } else {
        recv = addr ? b.CreateLoad(llt(cur), addr) : val;
      }
    }
    llvm::Function *fn = getFunc(m);
    plan.callee = fn;
    plan.fty = fn->getFunctionType();
    plan.ctx = nullCtx;
    plan.sig = msig;
    plan.direct = true;
    plan.args.push_back(recv);
    auto rest = emitArgs(c, msig);
    plan.args.insert(plan.args.end(), rest.begin(), rest.end());
    return true;
  }
  // A func value.
  auto *sig = cast<Signature>(fun->tv.type->underlying());
  llvm::Value *fv = emitExpr(fun);
  plan.sig = sig;
  plan.args = emitArgs(c, sig);
  nilCheck(fv);
  plan.callee = b.CreateLoad(ptrTy(), fv, "fn");
  plan.ctx = fv;
  plan.fty = funcType(sig);
  return true;
}

llvm::Value *CodeGen::doCall(const CallPlan &plan) {
  std::vector<llvm::Value *> args{plan.ctx};
  args.insert(args.end(), plan.args.begin(), plan.args.end());
  return callValue(plan.fty, plan.callee, args);
}

llvm::Value *CodeGen::emitCall(CallExpr *c) {
  if (llvm::Value *v; takeHoisted(c, v)) return v;
  Expr *fun = unparen(c->fun);
  if (fun->tv.isType()) {
    Type *to = fun->tv.type;
    Expr *arg = c->args[0];
    if (c->tv.isConstant() && c->tv.value) return emitConst(c->tv.value, to);
    if (isa<Interface>(to->underlying())) return emitExprTo(arg, to);
    llvm::Value *v = emitExpr(arg);
    return emitConversion(v, arg->tv.type, to);
  }
  if (Builtin *bi = builtinOf(fun)) return emitBuiltin(c, bi);
  CallPlan plan;
  planCall(c, plan);
  if (plan.direct)
    if (llvm::Value *v = emitAtomicOp(plan)) return v;
  return doCall(plan);
}

llvm::Value *CodeGen::emitAtomicOp(const CallPlan &plan) {
  // sync/atomic's functions (body-less in lib/sync/atomic/doc.go, defined
  // in runtime/atomic.cpp) become LLVM atomics in place, as gc makes them
  // intrinsics: a call per operation cost more than the operation.
  // Sequentially consistent, as Go's memory model specifies; a nil address
  // panics as a nil dereference, as the runtime's versions do.
  auto *fn = dyn_cast<llvm::Function>(plan.callee);
  if (!fn) return nullptr;
  llvm::StringRef name = fn->getName();
  if (!name.consume_front("sync/atomic.")) return nullptr;
  llvm::StringRef op;
  for (llvm::StringRef o : {"CompareAndSwap", "Add", "Load", "Store", "Swap"})
    if (name.starts_with(o)) {
      op = o;
      break;
    }
  if (op.empty()) return nullptr;
  llvm::StringRef kind = name.drop_front(op.size());
  bool isPtr = kind == "Pointer";
  if (!(kind == "Int32" || kind == "Int64" || kind == "Uint32" || kind == "Uint64" ||
        kind == "Uintptr" || (isPtr && op != "Add")))
    return nullptr;
  const auto seq = llvm::AtomicOrdering::SequentiallyConsistent;
  llvm::Value *addr = nilCheck(plan.args[0]);
  if (op == "Load") {
    llvm::Type *t = plan.fty->getReturnType();
    auto *ld = b.CreateLoad(t, addr);
    ld->setAtomic(seq);
    ld->setAlignment(llvm::Align(M->getDataLayout().getTypeStoreSize(t)));
    return ld;
  }
  llvm::Value *v = plan.args[1];
  llvm::Align align(M->getDataLayout().getTypeStoreSize(v->getType()));
  if (op == "Store") {
    auto *st = b.CreateStore(v, addr);
    st->setAtomic(seq);
    st->setAlignment(align);
    return st;
  }
  if (op == "Swap") return b.CreateAtomicRMW(llvm::AtomicRMWInst::Xchg, addr, v, align, seq);
  if (op == "Add") {
    llvm::Value *old = b.CreateAtomicRMW(llvm::AtomicRMWInst::Add, addr, v, align, seq);
    return b.CreateAdd(old, v);
  }
  // CompareAndSwap(addr, old, new) bool
  llvm::Value *pair = b.CreateAtomicCmpXchg(addr, v, plan.args[2], align, seq, seq);
  return b.CreateExtractValue(pair, 1);
}

//===----------------------------------------------------------------------===//
// Built-in functions
//===----------------------------------------------------------------------===//

void CodeGen::emitPrint(const std::vector<llvm::Value *> &vals, const std::vector<Type *> &types,
                        bool ln) {
  rtcall("printlock", {});
  for (size_t i = 0; i < vals.size(); ++i) {
    if (ln && i > 0) rtcall("printsp", {});
    llvm::Value *v = vals[i];
    Type *t = types[i];
    Type *u = t->underlying();
    if (auto *bt = dyn_cast<Basic>(u)) {
      if (bt->info & IsBoolean)
        rtcall("printbool", {v});
      else if (bt->info & IsInteger)
        rtcall(isSigned(t) ? "printint" : "printuint", {toInt64(v, t)});
      else if (bt->info & IsFloat)
        rtcall("printfloat", {v->getType()->isFloatTy() ? b.CreateFPExt(v, b.getDoubleTy()) : v});
      else if (bt->info & IsComplex) {
        llvm::Value *re = b.CreateExtractValue(v, 0), *im = b.CreateExtractValue(v, 1);
        if (re->getType()->isFloatTy()) {
          re = b.CreateFPExt(re, b.getDoubleTy());
          im = b.CreateFPExt(im, b.getDoubleTy());
        }
        rtcall("printcomplex", {re, im});
      } else if (bt->info & IsString)
        rtcall("printstring", {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
      else
        rtcall("printpointer", {v->getType()->isPointerTy() ? v : llvm::Constant::getNullValue(ptrTy())});
    } else if (isa<Slice>(u)) {
      rtcall("printslice", {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1),
                            b.CreateExtractValue(v, 2)});
    } else if (auto *it = dyn_cast<Interface>(u)) {
      if (!it->completed) completeInterface(it);
      rtcall(it->allMethods.empty() ? "printeface" : "printiface",
             {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
    } else if (v->getType()->isPointerTy()) {
      rtcall("printpointer", {v});
    } else {
      rtcall("printpointer", {llvm::Constant::getNullValue(ptrTy())});
    }
  }
  if (ln) rtcall("printnl", {});
  rtcall("printunlock", {});
}

llvm::Value *CodeGen::emitBuiltin(CallExpr *c, Builtin *bi) {
  auto &args = c->args;
  switch (bi->id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (c->tv.isConstant()) return emitConst(c->tv.value, c->tv.type);
    Type *t = args[0]->tv.type->underlying();
    llvm::Value *v = emitExpr(args[0]);
    if (auto *p = dyn_cast<Pointer>(t)) return b.getInt64(cast<Array>(p->elem->underlying())->len);
    if (auto *a = dyn_cast<Array>(t)) return b.getInt64(a->len);
    if (isa<Map>(t)) return mapLen(v);
    if (isa<Chan>(t)) return chanLenCap(v, bi->id == BuiltinId::Cap);
    if (isa<Slice>(t)) return b.CreateExtractValue(v, bi->id == BuiltinId::Len ? 1 : 2);
    if (basic(t) && (basic(t)->info & IsString)) return b.CreateExtractValue(v, 1);
    unsupported() << "golite: codegen: len/cap of this type is not supported yet\n";
    return b.getInt64(0);
  }
  case BuiltinId::Append:
    return emitAppend(c);
  case BuiltinId::Close:
    rtcall("closechan", {emitExpr(args[0])});
    return nullptr;
  case BuiltinId::Copy: {
    llvm::Value *dst = emitExpr(args[0]);
    llvm::Value *src = emitExpr(args[1]);
    return emitCopy(dst, src, cast<Slice>(args[0]->tv.type->underlying())->elem);
  }
  case BuiltinId::Make:
    return emitMake(c);
  case BuiltinId::New:
    return heapAlloc(args[0]->tv.type);
  case BuiltinId::Delete: {
    Type *mt = args[0]->tv.type;
    llvm::Value *m = emitExpr(args[0]);
    llvm::Value *k = emitExprTo(args[1], cast<Map>(mt->underlying())->key);
    mapDelete(m, k, mt);
    return nullptr;
  }
  case BuiltinId::Panic: {
    llvm::Value *e = emitExprTo(args[0], tctx.emptyInterface());
    rtcall("gopanic", {b.CreateExtractValue(e, 0), b.CreateExtractValue(e, 1)});
    return nullptr;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    std::vector<llvm::Value *> vals;
    std::vector<Type *> types;
    if (args.size() == 1 && isa_and_nonnull<Tuple>(args[0]->tv.type)) {
      vals = emitMulti(args[0], 0, types);
      emitPrint(vals, types, bi->id == BuiltinId::Println);
      return nullptr;
    }
    for (Expr *a : args) {
      Type *t = a->tv.type;
      if (auto *bt = dyn_cast_or_null<Basic>(t); bt && (bt->info & IsUntyped))
        t = defaultType(tctx, t);
      vals.push_back(a->tv.isConstant() ? emitConst(a->tv.value, t) : emitExpr(a));
      types.push_back(t);
    }
    emitPrint(vals, types, bi->id == BuiltinId::Println);
    return nullptr;
  }
  case BuiltinId::Recover:
    return emitRecover();
  case BuiltinId::Complex: {
    if (c->tv.isConstant()) return emitConst(c->tv.value, c->tv.type);
    llvm::Type *ct = llt(c->tv.type);
    llvm::Type *et = ct->getStructElementType(0);
    llvm::Value *re, *im;
    if (args.size() == 1) {
      std::vector<Type *> types;
      auto v = emitMulti(args[0], 2, types);
      re = v[0];
      im = v[1];
    } else {
      re = emitExpr(args[0]);
      im = emitExpr(args[1]);
    }
    if (re->getType() != et) re = b.CreateFPCast(re, et);
    if (im->getType() != et) im = b.CreateFPCast(im, et);
    llvm::Value *r = llvm::UndefValue::get(ct);
    return b.CreateInsertValue(b.CreateInsertValue(r, re, 0), im, 1);
  }
  case BuiltinId::Real:
  case BuiltinId::Imag: {
    if (c->tv.isConstant()) return emitConst(c->tv.value, c->tv.type);
    llvm::Value *v = emitExpr(args[0]);
    return b.CreateExtractValue(v, bi->id == BuiltinId::Real ? 0 : 1);
  }
  case BuiltinId::Alignof:
  case BuiltinId::Offsetof:
  case BuiltinId::Sizeof:
    return emitConst(c->tv.value, c->tv.type);
  case BuiltinId::Add: {
    llvm::Value *p = emitExpr(args[0]);
    llvm::Value *n = toInt64(emitExpr(args[1]), args[1]->tv.type);
    return b.CreateGEP(b.getInt8Ty(), p, n);
  }
  case BuiltinId::Slice: {
    // unsafe.Slice(ptr, len) is {ptr, len, len}, with Go's checks: len < 0
    // (a uint64 len >= 2**63 counts as negative) or len elements not
    // fitting between ptr and the end of the address space panic with
    // "len out of range", or "ptr is nil and len is not zero" for a nil ptr.
    llvm::Value *p = emitExpr(args[0]);
    llvm::Value *n = toInt64(emitExpr(args[1]), args[1]->tv.type);
    Type *et = cast<Pointer>(args[0]->tv.type->underlying())->elem;
    uint64_t size = M->getDataLayout().getTypeAllocSize(llt(et));
    llvm::Value *neg = b.CreateICmpSLT(n, b.getInt64(0));
    llvm::Value *bad = neg;
    if (size) {
      llvm::Value *mul = b.CreateBinaryIntrinsic(llvm::Intrinsic::umul_with_overflow,
                                                 b.getInt64(size), n);
      llvm::Value *room = b.CreateNeg(b.CreatePtrToInt(p, intTy()));
      bad = b.CreateOr(bad, b.CreateOr(b.CreateExtractValue(mul, 1),
                                       b.CreateICmpUGT(b.CreateExtractValue(mul, 0), room)));
    }
    panicIf(bad, [&] {
      auto *nilp = newBlock("unsafeslice.nil");
      auto *len = newBlock("unsafeslice.len");
      b.CreateCondBr(b.CreateAnd(b.CreateNot(neg), b.CreateIsNull(p)), nilp, len);
      b.SetInsertPoint(nilp);
      rtcall("panicunsafeslicenilptr", {});
      b.CreateUnreachable();
      b.SetInsertPoint(len);
      rtcall("panicunsafeslicelen", {});
    });
    return makeSlice(p, n, n);
  }
  default:
    break;
  }
  unsupported() << "golite: codegen: built-in " << bi->name << " is not supported yet\n";
  return c->tv.type && !isa<Tuple>(c->tv.type) ? llvm::UndefValue::get(llt(c->tv.type)) : nullptr;
}
