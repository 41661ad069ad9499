//===- codegen/staticinit.cpp - Package variables initialized as data -----===//
//
// This file implements the static initialization of package-level
// variables, in the manner of gc's staticinit: a variable whose initializer
// is data known at compile time (a constant, nil, a composite literal of
// constants, a slice literal or &T{...} of one) gets that value as its
// global's initializer, and __golite_init does nothing for it. A 3,000-entry
// table then costs no code at all and is ready before any init runs.
//
// Slice literals and &T{...} get a private writable global of their own
// (the program may write through them); the collector scans globals, so a
// pointer stored into one later keeps its target alive.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

int64_t CodeGen::sliceLitLen(CompositeLit *e) {
  int64_t n = 0, idx = 0;
  for (Expr *x : e->elts) {
    if (auto *kv = dyn_cast<KeyValueExpr>(x))
      if (auto iv = constant::int64Val(kv->key->tv.value)) idx = *iv;
    ++idx;
    n = std::max(n, idx);
  }
  return n;
}

/// A private writable global holding k: the backing store of a static
/// slice or pointer.
static llvm::GlobalVariable *staticObject(CodeGen &cg, llvm::Constant *k, const char *name) {
  auto *g = new llvm::GlobalVariable(*cg.M, k->getType(), false,
                                     llvm::GlobalValue::PrivateLinkage, k, name);
  g->setAlignment(cg.M->getDataLayout().getABITypeAlign(k->getType()));
  return g;
}

llvm::Constant *CodeGen::staticValue(Expr *x, Type *t) {
  x = unparen(x);
  Type *u = t->underlying();
  if (isa<Interface>(u)) return nullptr; // needs a box (or a descriptor pair: not yet)
  llvm::Type *want = llt(t);
  auto fits = [&](llvm::Constant *k) { return k && k->getType() == want ? k : nullptr; };
  if (x->tv.isConstant() && x->tv.value) {
    if (!isa<Basic>(u)) return nullptr;
    return fits(dyn_cast<llvm::Constant>(emitConst(x->tv.value, t)));
  }
  if (auto *id = dyn_cast<Ident>(x); id && llvm::isa_and_nonnull<Nil>(id->obj))
    return llvm::Constant::getNullValue(want);
  if (auto *lit = dyn_cast<CompositeLit>(x)) {
    Type *lt = lit->tv.type;
    Type *lu = lt->underlying();
    if (isa<Struct>(lu) || isa<Array>(lu)) return fits(constLit(lit, lt));
    if (auto *sl = dyn_cast<Slice>(lu)) {
      int64_t n = sliceLitLen(lit);
      if (n == 0 || sizeOf(llt(sl->elem)) == 0) return nullptr; // non-nil, zero-size: runtime's
      llvm::Constant *k = constArray(lit, sl->elem, n);
      if (!k) return nullptr;
      llvm::Constant *data = staticObject(*this, k, "slicelit");
      auto *len = llvm::ConstantInt::get(intTy(), n);
      return fits(llvm::ConstantStruct::get(sliceTy(), {data, len, len}));
    }
    return nullptr;
  }
  if (auto *ue = dyn_cast<UnaryExpr>(x); ue && ue->op == Tok::And)
    if (auto *lit = dyn_cast<CompositeLit>(unparen(ue->x))) {
      Type *lt = lit->tv.type;
      Type *lu = lt->underlying();
      if (!isa<Struct>(lu) && !isa<Array>(lu)) return nullptr;
      if (sizeOf(llt(lt)) == 0) return nullptr; // &struct{}{}: the runtime's zero base
      llvm::Constant *k = constLit(lit, lt);
      if (!k) return nullptr;
      return fits(staticObject(*this, k, "ptrlit"));
    }
  return nullptr;
}
