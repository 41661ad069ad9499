//===- codegen/iface.cpp - Interfaces -------------------------------------===//
//
// This file implements interface values: conversions from concrete types
// (static itabs "itab:<T>,<I>", boxing through runtime.convT unless the
// type is pointer-shaped), conversions between interfaces (runtime.getitab),
// type assertions (concrete targets compare type descriptor pointers,
// interface targets call getitab; failures panic through
// runtime.panicdottypeE/I), equality (type words first, then
// runtime.efaceeq/ifaceeq) and method lookup through itabs.
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

static bool isEmptyIface(Type *t) {
  auto *it = cast<Interface>(t->underlying());
  if (!it->completed) completeInterface(it);
  return it->allMethods.empty();
}

static llvm::Value *pair(CodeGen &cg, llvm::Value *a, llvm::Value *d) {
  llvm::Value *r = llvm::UndefValue::get(cg.ifaceTy());
  r = cg.b.CreateInsertValue(r, a, 0);
  return cg.b.CreateInsertValue(r, d, 1);
}

static llvm::Value *box(CodeGen &cg, llvm::Value *v, Type *t) {
  if (cg.isDirectIface(t)) return v;
  llvm::Value *tmp = cg.tempAlloca(v->getType(), "box");
  cg.b.CreateStore(v, tmp);
  return cg.rtcall("convT", {cg.typeDesc(t), tmp});
}

llvm::Value *CodeGen::dynType(llvm::Value *iv, Type *it) {
  llvm::Value *w = b.CreateExtractValue(iv, 0);
  if (isEmptyIface(it)) return w;
  llvm::BasicBlock *from = b.GetInsertBlock();
  auto *load = newBlock("itab.type");
  auto *done = newBlock("itab.done");
  b.CreateCondBr(b.CreateICmpEQ(w, llvm::Constant::getNullValue(ptrTy())), done, load);
  b.SetInsertPoint(load);
  llvm::Value *t = b.CreateLoad(ptrTy(), b.CreateConstInBoundsGEP1_64(ptrTy(), w, 1));
  b.CreateBr(done);
  b.SetInsertPoint(done);
  auto *phi = b.CreatePHI(ptrTy(), 2);
  phi->addIncoming(llvm::Constant::getNullValue(ptrTy()), from);
  phi->addIncoming(t, load);
  return phi;
}

llvm::Value *CodeGen::unboxValue(llvm::Value *data, Type *t) {
  if (isDirectIface(t)) return data;
  return b.CreateLoad(llt(t), data);
}

llvm::Value *CodeGen::toIface(llvm::Value *v, Type *from, Type *to) {
  bool toEmpty = isEmptyIface(to);
  if (isa<Interface>(from->underlying())) {
    llvm::Value *data = b.CreateExtractValue(v, 1);
    if (isEmptyIface(from) && toEmpty) return v;
    llvm::Value *dyn = dynType(v, from);
    if (toEmpty) return pair(*this, dyn, data);
    llvm::BasicBlock *fromBB = b.GetInsertBlock();
    auto *look = newBlock("conv.itab");
    auto *done = newBlock("conv.done");
    b.CreateCondBr(b.CreateICmpEQ(dyn, llvm::Constant::getNullValue(ptrTy())), done, look);
    b.SetInsertPoint(look);
    llvm::Value *tab = rtcall("getitab", {typeDesc(to), dyn, b.getInt1(false)});
    llvm::BasicBlock *lookEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    auto *phi = b.CreatePHI(ptrTy(), 2);
    phi->addIncoming(llvm::Constant::getNullValue(ptrTy()), fromBB);
    phi->addIncoming(tab, lookEnd);
    return pair(*this, phi, data);
  }
  llvm::Value *data = box(*this, v, from);
  llvm::Value *w = toEmpty ? typeDesc(from) : itab(from, to);
  return pair(*this, w, data);
}

llvm::Value *CodeGen::emitTypeAssert(TypeAssertExpr *e, bool commaOk) {
  Type *src = e->x->tv.type;
  Type *T = e->type ? e->type->tv.type : e->tv.type;
  llvm::Value *iv = emitExpr(e->x);
  llvm::Value *dyn = dynType(iv, src);
  llvm::Value *data = b.CreateExtractValue(iv, 1);
  llvm::Value *nullp = llvm::Constant::getNullValue(ptrTy());
  bool srcEmpty = isEmptyIface(src);
  llvm::Type *rt = llt(T);
  auto result = [&](llvm::Value *v, llvm::Value *ok) {
    auto *st = llvm::StructType::get(C, {rt, b.getInt1Ty()});
    llvm::Value *r = llvm::UndefValue::get(st);
    r = b.CreateInsertValue(r, v, 0);
    return b.CreateInsertValue(r, ok, 1);
  };
  if (!isa<Interface>(T->underlying())) {
    llvm::Value *ok = b.CreateICmpEQ(dyn, typeDesc(T));
    if (!commaOk) {
      panicIf(b.CreateNot(ok), [&] {
        if (srcEmpty)
          rtcall("panicdottypeE", {dyn, typeDesc(T), typeDesc(src)});
        else
          rtcall("panicdottypeI", {b.CreateExtractValue(iv, 0), typeDesc(T), typeDesc(src)});
      });
      return unboxValue(data, T);
    }
    llvm::BasicBlock *from = b.GetInsertBlock();
    auto *yes = newBlock("assert.ok");
    auto *done = newBlock("assert.done");
    b.CreateCondBr(ok, yes, done);
    b.SetInsertPoint(yes);
    llvm::Value *v = unboxValue(data, T);
    llvm::BasicBlock *yesEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    auto *phi = b.CreatePHI(rt, 2);
    phi->addIncoming(llvm::Constant::getNullValue(rt), from);
    phi->addIncoming(v, yesEnd);
    return result(phi, ok);
  }
  // Interface target.
  llvm::Value *isNull = b.CreateICmpEQ(dyn, nullp);
  if (isEmptyIface(T)) {
    if (!commaOk) {
      panicIf(isNull, [&] { rtcall("panicdottypeE", {nullp, typeDesc(T), typeDesc(src)}); });
      return pair(*this, dyn, data);
    }
    llvm::Value *ok = b.CreateNot(isNull);
    return result(pair(*this, dyn, b.CreateSelect(ok, data, nullp)), ok);
  }
  if (!commaOk) {
    panicIf(isNull, [&] { rtcall("panicdottypeE", {nullp, typeDesc(T), typeDesc(src)}); });
    llvm::Value *tab = rtcall("getitab", {typeDesc(T), dyn, b.getInt1(false)});
    return pair(*this, tab, data);
  }
  llvm::BasicBlock *from = b.GetInsertBlock();
  auto *look = newBlock("assert.itab");
  auto *done = newBlock("assert.done");
  b.CreateCondBr(isNull, done, look);
  b.SetInsertPoint(look);
  llvm::Value *tab = rtcall("getitab", {typeDesc(T), dyn, b.getInt1(true)});
  llvm::BasicBlock *lookEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  auto *phi = b.CreatePHI(ptrTy(), 2);
  phi->addIncoming(nullp, from);
  phi->addIncoming(tab, lookEnd);
  llvm::Value *ok = b.CreateICmpNE(phi, nullp);
  return result(pair(*this, phi, b.CreateSelect(ok, data, nullp)), ok);
}

llvm::Value *CodeGen::ifaceEqual(llvm::Value *x, llvm::Value *y, Type *t) {
  // Itabs are not unique (static ones and runtime.getitab's may coexist
  // for one pair), so compare the dynamic types.
  llvm::Value *wx = b.CreateExtractValue(x, 0);
  llvm::Value *same = b.CreateICmpEQ(dynType(x, t), dynType(y, t));
  llvm::BasicBlock *from = b.GetInsertBlock();
  auto *cmp = newBlock("ifaceeq.cmp");
  auto *done = newBlock("ifaceeq.done");
  // Equal type words: nil == nil, otherwise compare the data.
  auto *nonnil = newBlock("ifaceeq.nonnil");
  b.CreateCondBr(same, nonnil, done);
  b.SetInsertPoint(nonnil);
  llvm::BasicBlock *nonnilBB = b.GetInsertBlock();
  b.CreateCondBr(b.CreateICmpEQ(wx, llvm::Constant::getNullValue(ptrTy())), done, cmp);
  b.SetInsertPoint(cmp);
  llvm::Value *eq = rtcall(isEmptyIface(t) ? "efaceeq" : "ifaceeq",
                           {wx, b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)});
  llvm::BasicBlock *cmpEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  auto *phi = b.CreatePHI(b.getInt1Ty(), 3);
  phi->addIncoming(b.getInt1(false), from);
  phi->addIncoming(b.getInt1(true), nonnilBB);
  phi->addIncoming(eq, cmpEnd);
  return phi;
}

llvm::Value *CodeGen::ifaceMethodCallee(llvm::Value *iv, Type *ifaceT, const std::string &name,
                                        Signature *msig, llvm::FunctionType *&fty) {
  auto *it = cast<Interface>(ifaceT->underlying());
  int idx = imethodIndex(it, name);
  llvm::Value *tab = nilCheck(b.CreateExtractValue(iv, 0));
  std::vector<llvm::Type *> params{ptrTy(), ptrTy()};
  for (Var *p : msig->params->vars) params.push_back(llt(p->type));
  fty = llvm::FunctionType::get(resultType(msig), params, false);
  llvm::Value *slot = b.CreateConstInBoundsGEP1_64(ptrTy(), tab, 3 + std::max(idx, 0));
  return b.CreateLoad(ptrTy(), slot, name);
}
