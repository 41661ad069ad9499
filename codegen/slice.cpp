//===- codegen/slice.cpp - Slices -----------------------------------------===//
//
// This file implements slice expressions (with Go's exact panic variants:
// panicSliceAlen/Acap/B and the three-index forms), append (inline fast
// path, runtime.growslice when the capacity is exceeded), copy (an inline
// memmove of min(len) elements) and make for slices and maps.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::isa_and_nonnull;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

llvm::Value *CodeGen::makeSlice(llvm::Value *data, llvm::Value *len, llvm::Value *cap) {
  llvm::Value *s = llvm::UndefValue::get(sliceTy());
  s = b.CreateInsertValue(s, data, 0);
  s = b.CreateInsertValue(s, len, 1);
  return b.CreateInsertValue(s, cap, 2);
}

llvm::Value *CodeGen::emitSliceExpr(SliceExpr *e) {
  Type *xt = e->x->tv.type;
  Type *u = xt->underlying();
  llvm::Value *base, *len, *cap;
  Type *elem;
  bool isStr = false, isArr = false;
  if (auto *bt = basic(xt); bt && (bt->info & IsString)) {
    llvm::Value *s = emitExpr(e->x);
    base = b.CreateExtractValue(s, 0);
    len = cap = b.CreateExtractValue(s, 1);
    elem = tctx.basic(BasicKind::Uint8);
    isStr = true;
  } else if (auto *sl = dyn_cast<Slice>(u)) {
    llvm::Value *s = emitExpr(e->x);
    base = b.CreateExtractValue(s, 0);
    len = b.CreateExtractValue(s, 1);
    cap = b.CreateExtractValue(s, 2);
    elem = sl->elem;
  } else {
    Array *at;
    if (auto *pt = dyn_cast<Pointer>(u)) {
      at = cast<Array>(pt->elem->underlying());
      base = nilCheck(emitExpr(e->x));
    } else {
      at = cast<Array>(u);
      base = emitAddr(e->x);
    }
    len = cap = b.getInt64(at->len);
    elem = at->elem;
    isArr = true;
  }
  auto idx = [&](Expr *x) -> llvm::Value * {
    if (!x) return nullptr;
    return toInt64(emitExpr(x), x->tv.type);
  };
  llvm::Value *lo = idx(e->low), *hi = idx(e->high), *mx = idx(e->max);
  if (!lo) lo = b.getInt64(0);
  if (e->slice3) {
    panicIf(b.CreateICmpUGT(mx, cap), [&] { rtcall(isArr ? "panicSlice3Alen" : "panicSlice3Acap", {mx, cap}); });
    panicIf(b.CreateICmpUGT(hi, mx), [&] { rtcall("panicSlice3B", {hi, mx}); });
    panicIf(b.CreateICmpUGT(lo, hi), [&] { rtcall("panicSlice3C", {lo, hi}); });
  } else {
    if (hi) {
      llvm::Value *bound = isStr ? len : cap;
      panicIf(b.CreateICmpUGT(hi, bound),
              [&] { rtcall(isStr || isArr ? "panicSliceAlen" : "panicSliceAcap", {hi, bound}); });
    } else {
      hi = len;
    }
    panicIf(b.CreateICmpUGT(lo, hi), [&] { rtcall("panicSliceB", {lo, hi}); });
    mx = cap;
  }
  llvm::Value *newLen = b.CreateSub(hi, lo);
  llvm::Value *newCap = b.CreateSub(mx, lo);
  // Do not form a pointer past the end when the result is empty.
  llvm::Value *delta = b.CreateSelect(b.CreateICmpEQ(isStr ? newLen : newCap, b.getInt64(0)),
                                      b.getInt64(0), lo);
  llvm::Value *ptr = b.CreateGEP(llt(elem), base, delta);
  if (isStr) {
    llvm::Value *s = llvm::UndefValue::get(stringTy());
    s = b.CreateInsertValue(s, ptr, 0);
    return b.CreateInsertValue(s, newLen, 1);
  }
  return makeSlice(ptr, newLen, newCap);
}

llvm::Value *CodeGen::emitAppend(CallExpr *c) {
  Type *st = c->tv.type;
  Type *elem = cast<Slice>(st->underlying())->elem;
  llvm::Type *et = llt(elem);
  std::vector<llvm::Value *> vals;
  llvm::Value *srcPtr = nullptr, *n, *s;
  if (c->args.size() == 1 && isa_and_nonnull<Tuple>(c->args[0]->tv.type)) {
    // append(f()) where f returns the slice and the elements.
    std::vector<Type *> types;
    auto all = emitMulti(c->args[0], 0, types);
    s = all[0];
    for (size_t i = 1; i < all.size(); ++i) vals.push_back(convertImplicit(all[i], types[i], elem));
    n = b.getInt64(vals.size());
    if (vals.empty()) return s;
  } else if (s = emitExprTo(c->args[0], st); c->hasEllipsis()) {
    llvm::Value *src = emitExpr(c->args[1]);
    srcPtr = b.CreateExtractValue(src, 0);
    n = b.CreateExtractValue(src, 1);
  } else {
    for (size_t i = 1; i < c->args.size(); ++i) vals.push_back(emitExprTo(c->args[i], elem));
    n = b.getInt64(vals.size());
    if (vals.empty()) return s;
  }
  llvm::Value *len = b.CreateExtractValue(s, 1);
  llvm::Value *cap = b.CreateExtractValue(s, 2);
  llvm::Value *newLen = b.CreateAdd(len, n);
  llvm::BasicBlock *from = b.GetInsertBlock();
  auto *grow = newBlock("append.grow");
  auto *done = newBlock("append.done");
  b.CreateCondBr(b.CreateICmpUGT(newLen, cap), grow, done);
  b.SetInsertPoint(grow);
  llvm::Value *tmp = tempAlloca(sliceTy(), "append.tmp");
  b.CreateStore(s, tmp);
  rtcall("growslice", {typeDesc(elem), tmp, newLen});
  llvm::Value *grown = b.CreateLoad(sliceTy(), tmp);
  llvm::BasicBlock *growEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  auto *phi = b.CreatePHI(sliceTy(), 2);
  phi->addIncoming(s, from);
  phi->addIncoming(grown, growEnd);
  llvm::Value *r = b.CreateInsertValue(phi, newLen, 1);
  llvm::Value *data = b.CreateExtractValue(r, 0);
  llvm::Value *dst = b.CreateInBoundsGEP(et, data, len);
  if (srcPtr) {
    llvm::Value *bytes = b.CreateMul(n, b.getInt64(sizeOf(et)));
    b.CreateMemMove(dst, llvm::MaybeAlign(1), srcPtr, llvm::MaybeAlign(1), bytes);
  } else {
    for (size_t i = 0; i < vals.size(); ++i)
      b.CreateStore(vals[i], b.CreateInBoundsGEP(et, dst, b.getInt64(i)));
  }
  return r;
}

llvm::Value *CodeGen::emitCopy(llvm::Value *dst, llvm::Value *src, Type *elem) {
  llvm::Value *ld = b.CreateExtractValue(dst, 1), *ls = b.CreateExtractValue(src, 1);
  llvm::Value *n = b.CreateSelect(b.CreateICmpSLT(ld, ls), ld, ls);
  llvm::Value *bytes = b.CreateMul(n, b.getInt64(sizeOf(elem)));
  b.CreateMemMove(b.CreateExtractValue(dst, 0), llvm::MaybeAlign(1), b.CreateExtractValue(src, 0),
                  llvm::MaybeAlign(1), bytes);
  return n;
}

llvm::Value *CodeGen::emitMake(CallExpr *c) {
  Type *t = c->args[0]->tv.type;
  Type *u = t->underlying();
  auto intArg = [&](size_t i) -> llvm::Value * {
    if (i >= c->args.size()) return nullptr;
    return toInt64(emitExpr(c->args[i]), c->args[i]->tv.type);
  };
  if (auto *sl = dyn_cast<Slice>(u)) {
    llvm::Value *len = intArg(1);
    llvm::Value *cap = intArg(2);
    if (!cap) cap = len;
    llvm::Value *p = rtcall("makeslice", {typeDesc(sl->elem), len, cap});
    return makeSlice(p, len, cap);
  }
  if (isa<Map>(u)) {
    llvm::Value *hint = intArg(1);
    return rtcall("makemap", {typeDesc(t), hint ? hint : b.getInt64(0)});
  }
  if (isa<Chan>(u)) return makeChan(t, intArg(1));
  unsupported() << "golite: codegen: make(" << typeString(t) << ") is not supported yet\n";
  return zero(t);
}
