//===- codegen/expr.cpp - Expressions -------------------------------------===//
//
// This file implements expression emission: constants, variables,
// selectors, indexing, composite literals, unary and binary operators with
// Go's semantics (wrapping arithmetic, no nsw/nuw; x/-1 and x%-1 never
// trap; shifts of width or more give 0 or the sign; division by zero,
// negative shifts, nil dereferences and out-of-range indices panic through
// cold branches into the runtime), and conversions, including the
// target-specific float-to-integer conversions that reproduce what Go does
// on amd64 (cvttsd2si: out of range gives 0x8000000000000000) and arm64
// (saturating fcvtzs).
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"
#include "codegen/fusemuladd.h"

#include "llvm/IR/IntrinsicsX86.h"
#include "llvm/IR/MDBuilder.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

static bool isNilType(Type *t) {
  auto *bt = dyn_cast_or_null<Basic>(t);
  return bt && bt->basicKind == BasicKind::UntypedNil;
}

static bool isNilExpr(Expr *e) {
  e = unparen(e);
  if (auto *id = dyn_cast<Ident>(e))
    if (id->obj && isa<Nil>(id->obj)) return true;
  return isNilType(e->tv.type);
}

//===----------------------------------------------------------------------===//
// Checks
//===----------------------------------------------------------------------===//

void CodeGen::panicIf(llvm::Value *cond, const std::function<void()> &emitPanic) {
  auto *fail = newBlock("panic");
  auto *cont = newBlock("ok");
  llvm::MDBuilder md(C);
  b.CreateCondBr(cond, fail, cont, md.createBranchWeights(1, 1u << 20));
  b.SetInsertPoint(fail);
  emitPanic();
  if (!terminated()) b.CreateUnreachable();
  b.SetInsertPoint(cont);
}

llvm::Value *CodeGen::nilCheck(llvm::Value *p) {
  panicIf(b.CreateICmpEQ(p, llvm::Constant::getNullValue(p->getType())),
          [&] { rtcall("panicmem", {}); });
  return p;
}

llvm::Value *CodeGen::toInt64(llvm::Value *v, Type *t) {
  if (v->getType()->isIntegerTy(64)) return v;
  if (v->getType()->isIntegerTy(1)) return b.CreateZExt(v, intTy());
  return isSigned(t) ? b.CreateSExt(v, intTy()) : b.CreateZExt(v, intTy());
}

void CodeGen::boundsCheck(llvm::Value *idx, llvm::Value *len, Type *idxType) {
  llvm::Value *i = toInt64(idx, idxType);
  panicIf(b.CreateICmpUGE(i, len), [&] {
    rtcall(isSigned(idxType) || !basic(idxType) ? "panicIndex" : "panicIndexU", {i, len});
  });
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

llvm::Value *CodeGen::emitConst(const constant::Value *v, Type *t) {
  Type *u = t->underlying();
  if (isa<Interface>(u)) {
    // A constant used where an interface is expected keeps its default type.
    return llvm::Constant::getNullValue(llt(t));
  }
  auto *bt = dyn_cast<Basic>(u);
  llvm::Type *lt = llt(t);
  if (!bt) return llvm::Constant::getNullValue(lt);
  if (bt->info & IsBoolean) return b.getInt1(constant::boolVal(v));
  if (bt->info & IsString) return constString(constant::stringVal(v));
  if (bt->info & IsInteger) {
    constant::VP iv = v->kind() == constant::Kind::Int ? v : constant::toInt(v);
    unsigned bits = lt->getIntegerBitWidth();
    auto words = constant::intWords(iv, bits);
    return llvm::ConstantInt::get(C, llvm::APInt(bits, words));
  }
  if (bt->info & IsFloat) {
    if (lt->isFloatTy()) return llvm::ConstantFP::get(lt, constant::float32Val(v));
    return llvm::ConstantFP::get(lt, constant::float64Val(v));
  }
  if (bt->info & IsComplex) {
    auto *st = cast<llvm::StructType>(lt);
    llvm::Type *et = st->getElementType(0);
    constant::VP re = constant::real(v), im = constant::imag(v);
    auto f = [&](constant::VP x) -> llvm::Constant * {
      if (et->isFloatTy()) return llvm::ConstantFP::get(et, constant::float32Val(x));
      return llvm::ConstantFP::get(et, constant::float64Val(x));
    };
    return llvm::ConstantStruct::get(st, {f(re), f(im)});
  }
  return llvm::Constant::getNullValue(lt);
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

bool CodeGen::isBigAddressable(Expr *e) {
  return e->tv.mode == Mode::Variable && e->tv.type && !isa<Tuple>(e->tv.type) &&
         llt(e->tv.type)->isAggregateType() && sizeOf(e->tv.type) > 64;
}

bool CodeGen::copyBig(llvm::Value *dst, Expr *src) {
  if (!isBigAddressable(src)) return false;
  llvm::Value *from = emitAddr(src);
  b.CreateMemMove(dst, llvm::MaybeAlign(8), from, llvm::MaybeAlign(8), sizeOf(src->tv.type));
  return true;
}

llvm::Value *CodeGen::emitExprTo(Expr *e, Type *target) {
  if (isNilExpr(e)) return zero(target);
  if (target && isa<Interface>(target->underlying()) && e->tv.type &&
      !isa<Interface>(e->tv.type->underlying()) && isBigAddressable(e)) {
    // Box straight from memory: big aggregates never become SSA values.
    llvm::Value *data = rtcall("convT", {typeDesc(e->tv.type), emitAddr(e)});
    auto *it = cast<Interface>(target->underlying());
    if (!it->completed) completeInterface(it);
    llvm::Value *w = it->allMethods.empty() ? typeDesc(e->tv.type) : itab(e->tv.type, target);
    llvm::Value *r = llvm::UndefValue::get(ifaceTy());
    r = b.CreateInsertValue(r, w, 0);
    return b.CreateInsertValue(r, data, 1);
  }
  llvm::Value *v = emitExpr(e);
  return convertImplicit(v, e->tv.type, target);
}

llvm::Value *CodeGen::convertImplicit(llvm::Value *v, Type *from, Type *to) {
  if (!to || !from || from == to) return v;
  if (isNilType(from)) return zero(to);
  if (isa<Interface>(to->underlying())) {
    if (!isa<Interface>(from->underlying())) return toIface(v, from, to);
    bool fe = cast<Interface>(from->underlying())->allMethods.empty();
    bool te = cast<Interface>(to->underlying())->allMethods.empty();
    if (fe && te) return v;
    if (identical(from, to)) return v;
    return toIface(v, from, to);
  }
  return v;
}

llvm::Value *CodeGen::emitExpr(Expr *e) {
  if (e->tv.isConstant() && e->tv.value && e->tv.type) return emitConst(e->tv.value, e->tv.type);
  if (fs && !fs->inRoot) {
    // An expression evaluated on its own: its calls go first (order.cpp).
    RootState st = beginRoot();
    hoistChildren(e);
    llvm::Value *v = emitExpr(e);
    endRoot(st);
    return v;
  }
  switch (e->kind()) {
  case NodeKind::ParenExpr:
    return emitExpr(cast<ParenExpr>(e)->x);
  case NodeKind::Ident: {
    auto *id = cast<Ident>(e);
    Object *o = id->obj;
    if (auto *v = dyn_cast_or_null<Var>(o)) return b.CreateLoad(llt(v->type), varAddr(v), v->name);
    if (auto *f = dyn_cast_or_null<Func>(o)) return funcValue(f);
    if (auto *c = dyn_cast_or_null<Const>(o)) return emitConst(c->value, e->tv.type ? e->tv.type : c->type);
    return llvm::Constant::getNullValue(llt(e->tv.type ? e->tv.type : tctx.basic(BasicKind::UntypedNil)));
  }
  case NodeKind::FuncLit:
    return emitFuncLit(cast<FuncLit>(e));
  case NodeKind::CompositeLit:
    return emitCompositeLit(cast<CompositeLit>(e));
  case NodeKind::SelectorExpr:
    return emitSelector(cast<SelectorExpr>(e));
  case NodeKind::IndexExpr:
    return emitIndex(cast<IndexExpr>(e));
  case NodeKind::SliceExpr:
    return emitSliceExpr(cast<SliceExpr>(e));
  case NodeKind::TypeAssertExpr:
    return emitTypeAssert(cast<TypeAssertExpr>(e), false);
  case NodeKind::CallExpr:
    return emitCall(cast<CallExpr>(e));
  case NodeKind::StarExpr:
    return b.CreateLoad(llt(e->tv.type), emitAddr(e));
  case NodeKind::UnaryExpr:
    return emitUnary(cast<UnaryExpr>(e));
  case NodeKind::BinaryExpr:
    return emitBinary(cast<BinaryExpr>(e));
  default:
    break;
  }
  unsupported() << "golite: codegen: unsupported expression kind " << int(e->kind()) << "\n";
  return llvm::UndefValue::get(e->tv.type ? llt(e->tv.type) : ptrTy());
}

//===----------------------------------------------------------------------===//
// Addresses
//===----------------------------------------------------------------------===//

llvm::Value *CodeGen::fieldPathAddr(llvm::Value *addr, Type *&t, llvm::ArrayRef<int> path) {
  for (int idx : path) {
    Type *u = t->underlying();
    if (auto *p = dyn_cast<Pointer>(u)) {
      addr = nilCheck(b.CreateLoad(ptrTy(), addr));
      t = p->elem;
      u = t->underlying();
    }
    auto *st = cast<Struct>(u);
    addr = b.CreateStructGEP(llt(st), addr, idx);
    t = st->fields[idx]->type;
  }
  return addr;
}

llvm::Value *CodeGen::fieldPathValue(llvm::Value *v, Type *&t, llvm::ArrayRef<int> path) {
  for (int idx : path) {
    Type *u = t->underlying();
    if (auto *p = dyn_cast<Pointer>(u)) {
      v = b.CreateLoad(llt(p->elem), nilCheck(v));
      t = p->elem;
      u = t->underlying();
    }
    auto *st = cast<Struct>(u);
    v = b.CreateExtractValue(v, idx);
    t = st->fields[idx]->type;
  }
  return v;
}

static bool addressable(Expr *e) { return e->tv.mode == Mode::Variable; }

llvm::Value *CodeGen::emitAddr(Expr *e) {
  e = unparen(e);
  switch (e->kind()) {
  case NodeKind::Ident: {
    if (auto *v = dyn_cast_or_null<Var>(cast<Ident>(e)->obj)) return varAddr(v);
    break;
  }
  case NodeKind::SelectorExpr: {
    auto *s = cast<SelectorExpr>(e);
    if (!s->selection) {
      if (auto *v = dyn_cast_or_null<Var>(s->sel->obj)) return varAddr(v);
      break;
    }
    if (s->selection->kind != SelectionKind::FieldVal) break;
    Type *t = s->x->tv.type;
    llvm::Value *addr;
    if (auto *p = dyn_cast<Pointer>(t->underlying())) {
      addr = nilCheck(emitExpr(s->x));
      t = p->elem;
    } else {
      addr = emitAddr(s->x);
    }
    return fieldPathAddr(addr, t, s->selection->index);
  }
  case NodeKind::IndexExpr: {
    auto *ix = cast<IndexExpr>(e);
    Type *xt = ix->x->tv.type->underlying();
    if (auto *p = dyn_cast<Pointer>(xt)) {
      auto *at = cast<Array>(p->elem->underlying());
      llvm::Value *base = emitExpr(ix->x);
      llvm::Value *i = emitExpr(ix->index);
      nilCheck(base);
      boundsCheck(i, b.getInt64(at->len), ix->index->tv.type);
      return b.CreateInBoundsGEP(llt(at), base, {b.getInt64(0), toInt64(i, ix->index->tv.type)});
    }
    if (auto *at = dyn_cast<Array>(xt)) {
      llvm::Value *base = emitAddr(ix->x);
      llvm::Value *i = emitExpr(ix->index);
      if (!ix->index->tv.isConstant()) boundsCheck(i, b.getInt64(at->len), ix->index->tv.type);
      return b.CreateInBoundsGEP(llt(at), base, {b.getInt64(0), toInt64(i, ix->index->tv.type)});
    }
    if (auto *st = dyn_cast<Slice>(xt)) {
      llvm::Value *s = emitExpr(ix->x);
      llvm::Value *i = emitExpr(ix->index);
      boundsCheck(i, b.CreateExtractValue(s, 1), ix->index->tv.type);
      return b.CreateInBoundsGEP(llt(st->elem), b.CreateExtractValue(s, 0),
                                 toInt64(i, ix->index->tv.type));
    }
    break;
  }
  case NodeKind::StarExpr:
    return nilCheck(emitExpr(cast<StarExpr>(e)->x));
  case NodeKind::CompositeLit: {
    auto *lit = cast<CompositeLit>(e);
    Type *t = lit->tv.type;
    if (isa<Pointer>(t->underlying())) break;
    llvm::Value *p = heapAlloc(t);
    fillCompositeLit(p, lit, t);
    return p;
  }
  default:
    break;
  }
  // Not addressable: spill the value to a temporary.
  llvm::Value *v = emitExpr(e);
  llvm::Value *tmp = tempAlloca(v->getType(), "tmp");
  b.CreateStore(v, tmp);
  return tmp;
}

//===----------------------------------------------------------------------===//
// Selectors and indexing
//===----------------------------------------------------------------------===//

llvm::Value *CodeGen::emitSelector(SelectorExpr *e) {
  if (!e->selection) {
    Object *o = e->sel->obj;
    if (auto *v = dyn_cast_or_null<Var>(o)) return b.CreateLoad(llt(v->type), varAddr(v));
    if (auto *f = dyn_cast_or_null<Func>(o)) return funcValue(f);
    if (auto *c = dyn_cast_or_null<Const>(o)) return emitConst(c->value, e->tv.type);
    return llvm::UndefValue::get(llt(e->tv.type));
  }
  switch (e->selection->kind) {
  case SelectionKind::FieldVal: {
    Type *xt = e->x->tv.type;
    if (isa<Pointer>(xt->underlying()) || addressable(e->x))
      return b.CreateLoad(llt(e->tv.type), emitAddr(e));
    llvm::Value *v = emitExpr(e->x);
    return fieldPathValue(v, xt, e->selection->index);
  }
  case SelectionKind::MethodVal:
    return methodValue(e);
  case SelectionKind::MethodExpr:
    return methodExpr(e);
  }
  return nullptr;
}

llvm::Value *CodeGen::emitIndex(IndexExpr *e) {
  Type *xt = e->x->tv.type->underlying();
  if (auto *mt = dyn_cast<Map>(xt)) {
    llvm::Value *m = emitExpr(e->x);
    llvm::Value *k = emitExprTo(e->index, mt->key);
    return mapLookup(m, k, e->x->tv.type, nullptr);
  }
  if (basic(xt) && (basic(xt)->info & IsString)) {
    llvm::Value *s = emitExpr(e->x);
    llvm::Value *i = emitExpr(e->index);
    boundsCheck(i, b.CreateExtractValue(s, 1), e->index->tv.type);
    return b.CreateLoad(b.getInt8Ty(),
                        b.CreateInBoundsGEP(b.getInt8Ty(), b.CreateExtractValue(s, 0),
                                            toInt64(i, e->index->tv.type)));
  }
  if (auto *at = dyn_cast<Array>(xt); at && !addressable(e->x)) {
    llvm::Value *v = emitExpr(e->x);
    if (e->index->tv.isConstant()) {
      auto iv = constant::int64Val(e->index->tv.value);
      if (iv) return b.CreateExtractValue(v, unsigned(*iv));
    }
    llvm::Value *tmp = tempAlloca(v->getType(), "arr");
    b.CreateStore(v, tmp);
    llvm::Value *i = emitExpr(e->index);
    boundsCheck(i, b.getInt64(at->len), e->index->tv.type);
    return b.CreateLoad(llt(at->elem), b.CreateInBoundsGEP(llt(at), tmp,
                                                           {b.getInt64(0), toInt64(i, e->index->tv.type)}));
  }
  return b.CreateLoad(llt(e->tv.type), emitAddr(e));
}

//===----------------------------------------------------------------------===//
// Composite literals
//===----------------------------------------------------------------------===//

static void storeElem(CodeGen &cg, llvm::Value *addr, Expr *x, Type *t) {
  x = unparen(x);
  if (auto *lit = dyn_cast<CompositeLit>(x)) {
    Type *u = t->underlying();
    if ((isa<Struct>(u) || isa<Array>(u)) && !isa<Pointer>(lit->tv.type->underlying())) {
      cg.fillCompositeLit(addr, lit, t);
      return;
    }
  }
  cg.b.CreateStore(cg.emitExprTo(x, t), addr);
}

/// Element i of a struct literal: the field it sets (by position, or by
/// name when keyed); `x` becomes the element's value expression.
static size_t structElem(Struct *st, size_t i, Expr *&x) {
  auto *kv = dyn_cast<KeyValueExpr>(x);
  if (!kv) return i;
  x = kv->value;
  auto *key = cast<Ident>(kv->key);
  for (size_t j = 0; j < st->fields.size(); ++j)
    if (st->fields[j]->name == key->name) return j;
  return i;
}

// Constant composite literals. A literal whose elements are all constants
// (recursively, through nested array and struct literals) is built as an
// llvm::Constant and copied from a private global, instead of being stored
// element by element: a 3,000-entry table then costs one memcpy, not 9,000
// stores for the optimizer to chew on.

llvm::Constant *CodeGen::constElem(Expr *x, Type *t) {
  x = unparen(x);
  Type *u = t->underlying();
  if (auto *lit = dyn_cast<CompositeLit>(x)) {
    if ((isa<Struct>(u) || isa<Array>(u)) && !isa<Pointer>(lit->tv.type->underlying()))
      return constLit(lit, t);
    return nullptr;
  }
  if (isa<Interface>(u)) return nullptr;
  if (x->tv.isConstant() && x->tv.value) {
    if (!isa<Basic>(u)) return nullptr;
    return dyn_cast<llvm::Constant>(emitConst(x->tv.value, t));
  }
  if (auto *id = dyn_cast<Ident>(x); id && isa_and_nonnull<Nil>(id->obj))
    return llvm::Constant::getNullValue(llt(t));
  return nullptr;
}

llvm::Constant *CodeGen::constArray(CompositeLit *e, Type *elem, int64_t n) {
  llvm::Type *et = llt(elem);
  std::vector<llvm::Constant *> elems(n, llvm::Constant::getNullValue(et));
  int64_t idx = 0;
  for (Expr *x : e->elts) {
    if (auto *kv = dyn_cast<KeyValueExpr>(x)) {
      if (auto iv = constant::int64Val(kv->key->tv.value)) idx = *iv;
      x = kv->value;
    }
    if (idx < 0 || idx >= n) return nullptr;
    llvm::Constant *k = constElem(x, elem);
    if (!k) return nullptr;
    elems[idx++] = k;
  }
  return llvm::ConstantArray::get(llvm::ArrayType::get(et, n), elems);
}

llvm::Constant *CodeGen::constLit(CompositeLit *e, Type *t) {
  Type *u = t->underlying();
  if (auto *st = dyn_cast<Struct>(u)) {
    auto *lst = dyn_cast<llvm::StructType>(llt(t));
    if (!lst || lst->getNumElements() != st->fields.size()) return nullptr;
    std::vector<llvm::Constant *> fields;
    for (size_t j = 0; j < st->fields.size(); ++j)
      fields.push_back(llvm::Constant::getNullValue(lst->getElementType(j)));
    for (size_t i = 0; i < e->elts.size(); ++i) {
      Expr *x = e->elts[i];
      size_t fi = structElem(st, i, x);
      if (fi >= fields.size()) return nullptr;
      llvm::Constant *k = constElem(x, st->fields[fi]->type);
      if (!k || k->getType() != lst->getElementType(fi)) return nullptr;
      fields[fi] = k;
    }
    return llvm::ConstantStruct::get(lst, fields);
  }
  if (auto *at = dyn_cast<Array>(u)) {
    llvm::Constant *k = constArray(e, at->elem, at->len);
    if (!k || k->getType() != llt(t)) return nullptr;
    return k;
  }
  return nullptr;
}

void CodeGen::storeConstant(llvm::Value *addr, llvm::Constant *k) {
  llvm::Type *ty = k->getType();
  if (k->isNullValue()) {
    storeZero(addr, ty);
    return;
  }
  uint64_t size = sizeOf(ty);
  if (size <= 64) {
    b.CreateStore(k, addr);
    return;
  }
  auto *g = new llvm::GlobalVariable(*M, ty, true, llvm::GlobalValue::PrivateLinkage, k, "lit");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  llvm::Align al = M->getDataLayout().getABITypeAlign(ty);
  g->setAlignment(al);
  b.CreateMemCpy(addr, al, g, al, size);
}

void CodeGen::fillCompositeLit(llvm::Value *addr, CompositeLit *e, Type *t) {
  Type *u = t->underlying();
  if (isa<Struct>(u) || isa<Array>(u)) {
    if (llvm::Constant *k = constLit(e, t)) {
      storeConstant(addr, k);
      return;
    }
  }
  if (auto *st = dyn_cast<Struct>(u)) {
    storeZero(addr, llt(t));
    auto *lst = llt(st);
    for (size_t i = 0; i < e->elts.size(); ++i) {
      Expr *x = e->elts[i];
      size_t fi = structElem(st, i, x);
      storeElem(*this, b.CreateStructGEP(lst, addr, fi), x, st->fields[fi]->type);
    }
    return;
  }
  if (auto *at = dyn_cast<Array>(u)) {
    storeZero(addr, llt(t));
    int64_t idx = 0;
    for (Expr *x : e->elts) {
      if (auto *kv = dyn_cast<KeyValueExpr>(x)) {
        if (auto iv = constant::int64Val(kv->key->tv.value)) idx = *iv;
        x = kv->value;
      }
      storeElem(*this, b.CreateInBoundsGEP(llt(at), addr, {b.getInt64(0), b.getInt64(idx)}), x,
                at->elem);
      ++idx;
    }
    return;
  }
  b.CreateStore(emitCompositeLit(e), addr);
}

llvm::Value *CodeGen::emitCompositeLit(CompositeLit *e) {
  Type *t = e->tv.type;
  Type *u = t->underlying();
  if (auto *p = dyn_cast<Pointer>(u)) {
    llvm::Value *obj = heapAlloc(p->elem);
    fillCompositeLit(obj, e, p->elem);
    return obj;
  }
  if (auto *sl = dyn_cast<Slice>(u)) {
    int64_t n = sliceLitLen(e), idx = 0;
    llvm::Value *data = rtcall("newarray", {typeDesc(sl->elem), b.getInt64(n)});
    if (n > 0)
      if (llvm::Constant *k = constArray(e, sl->elem, n)) {
        if (!k->isNullValue()) storeConstant(data, k); // newarray's memory is zeroed
        return makeSlice(data, b.getInt64(n), b.getInt64(n));
      }
    idx = 0;
    for (Expr *x : e->elts) {
      if (auto *kv = dyn_cast<KeyValueExpr>(x)) {
        if (auto iv = constant::int64Val(kv->key->tv.value)) idx = *iv;
        x = kv->value;
      }
      storeElem(*this, b.CreateInBoundsGEP(llt(sl->elem), data, b.getInt64(idx)), x, sl->elem);
      ++idx;
    }
    return makeSlice(data, b.getInt64(n), b.getInt64(n));
  }
  if (auto *mt = dyn_cast<Map>(u)) {
    llvm::Value *m = rtcall("makemap", {typeDesc(t), b.getInt64(e->elts.size())});
    for (Expr *x : e->elts) {
      auto *kv = cast<KeyValueExpr>(x);
      llvm::Value *k;
      if (auto *kl = dyn_cast<CompositeLit>(unparen(kv->key)); kl && !kl->type)
        k = emitCompositeLit(kl);
      else
        k = emitExprTo(kv->key, mt->key);
      llvm::Value *slot = mapAssignSlot(m, k, t);
      storeElem(*this, slot, kv->value, mt->elem);
    }
    return m;
  }
  llvm::Value *tmp = tempAlloca(llt(t), "lit");
  fillCompositeLit(tmp, e, t);
  return b.CreateLoad(llt(t), tmp);
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

llvm::Value *CodeGen::emitUnary(UnaryExpr *e) {
  switch (e->op) {
  case Tok::And: {
    Expr *x = unparen(e->x);
    if (auto *lit = dyn_cast<CompositeLit>(x)) {
      Type *t = lit->tv.type;
      if (isa<Pointer>(t->underlying())) return emitCompositeLit(lit);
      llvm::Value *p = heapAlloc(t);
      fillCompositeLit(p, lit, t);
      return p;
    }
    return emitAddr(x);
  }
  case Tok::Add:
    return emitExpr(e->x);
  case Tok::Sub: {
    llvm::Value *v = emitExpr(e->x);
    if (v->getType()->isFloatingPointTy()) return b.CreateFNeg(v);
    if (v->getType()->isStructTy())
      return b.CreateInsertValue(
          b.CreateInsertValue(v, b.CreateFNeg(b.CreateExtractValue(v, 0)), 0),
          b.CreateFNeg(b.CreateExtractValue(v, 1)), 1);
    return b.CreateSub(llvm::Constant::getNullValue(v->getType()), v);
  }
  case Tok::Not:
    return b.CreateNot(emitExpr(e->x));
  case Tok::Xor:
    return b.CreateNot(emitExpr(e->x));
  case Tok::Arrow:
    return emitRecv(e, nullptr);
  default:
    break;
  }
  unsupported() << "golite: codegen: unsupported unary operator " << tokString(e->op) << "\n";
  return llvm::UndefValue::get(llt(e->tv.type));
}

static void flattenConcat(Expr *e, std::vector<Expr *> &out) {
  Expr *u = unparen(e);
  if (auto *be = dyn_cast<BinaryExpr>(u); be && be->op == Tok::Add && !u->tv.isConstant()) {
    flattenConcat(be->x, out);
    flattenConcat(be->y, out);
    return;
  }
  out.push_back(e);
}

llvm::Value *CodeGen::emitBinary(BinaryExpr *e) {
  Tok op = e->op;
  if (op == Tok::LAnd || op == Tok::LOr) {
    llvm::Value *x = emitExpr(e->x);
    llvm::BasicBlock *from = b.GetInsertBlock();
    auto *rhs = newBlock(op == Tok::LAnd ? "and.rhs" : "or.rhs");
    auto *done = newBlock("logic.done");
    if (op == Tok::LAnd)
      b.CreateCondBr(x, rhs, done);
    else
      b.CreateCondBr(x, done, rhs);
    b.SetInsertPoint(rhs);
    // The right operand is evaluated only here: a root of its own.
    bool wasInRoot = fs->inRoot;
    fs->inRoot = false;
    llvm::Value *y = emitExpr(e->y);
    fs->inRoot = wasInRoot;
    llvm::BasicBlock *rhsEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    auto *phi = b.CreatePHI(b.getInt1Ty(), 2);
    phi->addIncoming(b.getInt1(op == Tok::LOr), from);
    phi->addIncoming(y, rhsEnd);
    return phi;
  }
  Type *xt = e->x->tv.type, *yt = e->y->tv.type;
  switch (op) {
  case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: {
    bool xn = isNilExpr(e->x), yn = isNilExpr(e->y);
    Type *t = xn ? yt : xt;
    llvm::Value *x, *y;
    if (!xn && !yn && isa<Interface>(yt->underlying()) && !isa<Interface>(xt->underlying())) {
      t = yt;
    }
    if (xn || yn) {
      Expr *other = xn ? e->y : e->x;
      llvm::Value *v = emitExpr(other);
      Type *ot = other->tv.type->underlying();
      llvm::Value *w = v;
      if (isa<Slice>(ot) || isa<Interface>(ot)) w = b.CreateExtractValue(v, 0);
      llvm::Value *isnil = b.CreateICmpEQ(w, llvm::Constant::getNullValue(w->getType()));
      return op == Tok::Eql ? isnil : b.CreateNot(isnil);
    }
    x = emitExprTo(e->x, t);
    y = emitExprTo(e->y, t);
    return emitCompare(op, x, y, t);
  }
  case Tok::Shl: case Tok::Shr: {
    llvm::Value *x = emitExpr(e->x);
    llvm::Value *y = emitExpr(e->y);
    return emitBinOp(op, x, y, e->tv.type, yt, e->y->tv.isConstant());
  }
  default:
    break;
  }
  Type *t = e->tv.type;
  if (basic(t) && (basic(t)->info & IsString) && op == Tok::Add) {
    std::vector<Expr *> parts;
    flattenConcat(e, parts);
    std::vector<llvm::Value *> vals;
    for (Expr *p : parts) vals.push_back(emitExpr(p));
    return stringConcat(vals);
  }
  llvm::Value *x = emitExprTo(e->x, t);
  llvm::Value *y = emitExprTo(e->y, t);
  return emitBinOp(op, x, y, t, yt, e->y->tv.isConstant());
}

static llvm::Value *complexDiv(CodeGen &cg, llvm::Value *x, llvm::Value *y) {
  auto &b = cg.b;
  bool f32 = x->getType()->getStructElementType(0)->isFloatTy();
  auto ext = [&](llvm::Value *v) { return f32 ? b.CreateFPExt(v, b.getDoubleTy()) : v; };
  llvm::Value *a = ext(b.CreateExtractValue(x, 0)), *bb = ext(b.CreateExtractValue(x, 1));
  llvm::Value *c = ext(b.CreateExtractValue(y, 0)), *d = ext(b.CreateExtractValue(y, 1));
  llvm::Function *fabs =
      llvm::Intrinsic::getDeclaration(cg.M, llvm::Intrinsic::fabs, {b.getDoubleTy()});
  llvm::Value *big = b.CreateFCmpOGE(b.CreateCall(fabs, {c}), b.CreateCall(fabs, {d}));
  // |c| >= |d|
  llvm::Value *r1 = b.CreateFDiv(d, c);
  llvm::Value *den1 = b.CreateFAdd(c, b.CreateFMul(r1, d));
  llvm::Value *e1 = b.CreateFDiv(b.CreateFAdd(a, b.CreateFMul(bb, r1)), den1);
  llvm::Value *f1 = b.CreateFDiv(b.CreateFSub(bb, b.CreateFMul(a, r1)), den1);
  // |c| < |d|
  llvm::Value *r2 = b.CreateFDiv(c, d);
  llvm::Value *den2 = b.CreateFAdd(d, b.CreateFMul(r2, c));
  llvm::Value *e2 = b.CreateFDiv(b.CreateFAdd(b.CreateFMul(a, r2), bb), den2);
  llvm::Value *f2 = b.CreateFDiv(b.CreateFSub(b.CreateFMul(bb, r2), a), den2);
  llvm::Value *e = b.CreateSelect(big, e1, e2), *f = b.CreateSelect(big, f1, f2);
  if (f32) {
    e = b.CreateFPTrunc(e, b.getFloatTy());
    f = b.CreateFPTrunc(f, b.getFloatTy());
  }
  llvm::Value *r = llvm::UndefValue::get(x->getType());
  return b.CreateInsertValue(b.CreateInsertValue(r, e, 0), f, 1);
}

llvm::Value *CodeGen::emitBinOp(Tok op, llvm::Value *x, llvm::Value *y, Type *t, Type *yt,
                                bool yConst) {
  switch (op) {
  case Tok::AddAssign: op = Tok::Add; break;
  case Tok::SubAssign: op = Tok::Sub; break;
  case Tok::MulAssign: op = Tok::Mul; break;
  case Tok::QuoAssign: op = Tok::Quo; break;
  case Tok::RemAssign: op = Tok::Rem; break;
  case Tok::AndAssign: op = Tok::And; break;
  case Tok::OrAssign: op = Tok::Or; break;
  case Tok::XorAssign: op = Tok::Xor; break;
  case Tok::ShlAssign: op = Tok::Shl; break;
  case Tok::ShrAssign: op = Tok::Shr; break;
  case Tok::AndNotAssign: op = Tok::AndNot; break;
  default: break;
  }
  Basic *bt = basic(t);
  if (bt && (bt->info & IsString)) return stringConcat({x, y});
  if (bt && (bt->info & IsComplex)) {
    llvm::Value *a = b.CreateExtractValue(x, 0), *bb = b.CreateExtractValue(x, 1);
    llvm::Value *c = b.CreateExtractValue(y, 0), *d = b.CreateExtractValue(y, 1);
    llvm::Value *re, *im;
    switch (op) {
    case Tok::Add: re = b.CreateFAdd(a, c); im = b.CreateFAdd(bb, d); break;
    case Tok::Sub: re = b.CreateFSub(a, c); im = b.CreateFSub(bb, d); break;
    case Tok::Mul:
      re = b.CreateFSub(b.CreateFMul(a, c), b.CreateFMul(bb, d));
      im = b.CreateFAdd(b.CreateFMul(a, d), b.CreateFMul(bb, c));
      break;
    case Tok::Quo:
      return complexDiv(*this, x, y);
    default:
      return x;
    }
    llvm::Value *r = llvm::UndefValue::get(x->getType());
    return b.CreateInsertValue(b.CreateInsertValue(r, re, 0), im, 1);
  }
  if (x->getType()->isFloatingPointTy()) {
    switch (op) {
    case Tok::Add: return b.CreateFAdd(x, y);
    case Tok::Sub: return b.CreateFSub(x, y);
    case Tok::Mul: return b.CreateFMul(x, y);
    case Tok::Quo: return b.CreateFDiv(x, y);
    default: return x;
    }
  }
  bool sgn = isSigned(t);
  llvm::Type *ty = x->getType();
  unsigned w = ty->getIntegerBitWidth();
  switch (op) {
  case Tok::Add: return b.CreateAdd(x, y);
  case Tok::Sub: return b.CreateSub(x, y);
  case Tok::Mul: return b.CreateMul(x, y);
  case Tok::And: return b.CreateAnd(x, y);
  case Tok::Or: return b.CreateOr(x, y);
  case Tok::Xor: return b.CreateXor(x, y);
  case Tok::AndNot: return b.CreateAnd(x, b.CreateNot(y));
  case Tok::Quo:
  case Tok::Rem: {
    auto *cy = dyn_cast<llvm::ConstantInt>(y);
    if (!cy || cy->isZero())
      panicIf(b.CreateICmpEQ(y, llvm::Constant::getNullValue(ty)),
              [&] { rtcall("panicdivide", {}); });
    if (!sgn) return op == Tok::Quo ? b.CreateUDiv(x, y) : b.CreateURem(x, y);
    if (cy && !cy->isMinusOne()) return op == Tok::Quo ? b.CreateSDiv(x, y) : b.CreateSRem(x, y);
    llvm::Value *m1 = b.CreateICmpEQ(y, llvm::ConstantInt::getSigned(ty, -1));
    llvm::Value *ys = b.CreateSelect(m1, llvm::ConstantInt::get(ty, 1), y);
    if (op == Tok::Quo) return b.CreateSelect(m1, b.CreateSub(llvm::Constant::getNullValue(ty), x), b.CreateSDiv(x, ys));
    return b.CreateSelect(m1, llvm::Constant::getNullValue(ty), b.CreateSRem(x, ys));
  }
  case Tok::Shl:
  case Tok::Shr: {
    // y may have any integer type.
    if (!yConst && isSigned(yt))
      panicIf(b.CreateICmpSLT(y, llvm::Constant::getNullValue(y->getType())),
              [&] { rtcall("panicshift", {}); });
    llvm::Value *y64 = y->getType()->getIntegerBitWidth() < 64 ? b.CreateZExt(y, intTy()) : y;
    llvm::Value *big = b.CreateICmpUGE(y64, b.getInt64(w));
    llvm::Value *amt = b.CreateTrunc(b.CreateSelect(big, b.getInt64(0), y64), ty);
    if (op == Tok::Shl)
      return b.CreateSelect(big, llvm::Constant::getNullValue(ty), b.CreateShl(x, amt));
    if (sgn) {
      llvm::Value *a2 = b.CreateSelect(big, llvm::ConstantInt::get(ty, w - 1), amt);
      return b.CreateAShr(x, a2);
    }
    return b.CreateSelect(big, llvm::Constant::getNullValue(ty), b.CreateLShr(x, amt));
  }
  default:
    break;
  }
  unsupported() << "golite: codegen: unsupported binary operator " << tokString(op) << "\n";
  return x;
}

llvm::Value *CodeGen::emitCompare(Tok op, llvm::Value *x, llvm::Value *y, Type *t) {
  Type *u = t->underlying();
  if (op == Tok::Eql || op == Tok::Neq) {
    llvm::Value *eq = emitEqual(x, y, t);
    return op == Tok::Eql ? eq : b.CreateNot(eq);
  }
  Basic *bt = dyn_cast<Basic>(u);
  if (bt && (bt->info & IsString)) return stringCompare(op, x, y);
  if (x->getType()->isFloatingPointTy()) {
    switch (op) {
    case Tok::Lss: return b.CreateFCmpOLT(x, y);
    case Tok::Leq: return b.CreateFCmpOLE(x, y);
    case Tok::Gtr: return b.CreateFCmpOGT(x, y);
    default: return b.CreateFCmpOGE(x, y);
    }
  }
  bool s = isSigned(t);
  switch (op) {
  case Tok::Lss: return s ? b.CreateICmpSLT(x, y) : b.CreateICmpULT(x, y);
  case Tok::Leq: return s ? b.CreateICmpSLE(x, y) : b.CreateICmpULE(x, y);
  case Tok::Gtr: return s ? b.CreateICmpSGT(x, y) : b.CreateICmpUGT(x, y);
  default: return s ? b.CreateICmpSGE(x, y) : b.CreateICmpUGE(x, y);
  }
}

llvm::Value *CodeGen::emitEqual(llvm::Value *x, llvm::Value *y, Type *t) {
  Type *u = t->underlying();
  switch (u->kind()) {
  case TypeKind::Basic: {
    auto *bt = cast<Basic>(u);
    if (bt->info & IsString) return stringEqual(x, y);
    if (bt->info & IsFloat) return b.CreateFCmpOEQ(x, y);
    if (bt->info & IsComplex)
      return b.CreateAnd(b.CreateFCmpOEQ(b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0)),
                         b.CreateFCmpOEQ(b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)));
    return b.CreateICmpEQ(x, y);
  }
  case TypeKind::Interface:
    return ifaceEqual(x, y, t);
  case TypeKind::Struct: {
    auto *st = cast<Struct>(u);
    llvm::Value *r = b.getInt1(true);
    for (unsigned i = 0; i < st->fields.size(); ++i) {
      if (st->fields[i]->name == "_") continue;
      r = b.CreateAnd(r, emitEqual(b.CreateExtractValue(x, i), b.CreateExtractValue(y, i),
                                   st->fields[i]->type));
    }
    return r;
  }
  case TypeKind::Array: {
    auto *at = cast<Array>(u);
    llvm::Value *r = b.getInt1(true);
    for (unsigned i = 0; i < at->len; ++i)
      r = b.CreateAnd(r, emitEqual(b.CreateExtractValue(x, i), b.CreateExtractValue(y, i), at->elem));
    return r;
  }
  case TypeKind::Slice:
    return b.CreateICmpEQ(b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0));
  default:
    return b.CreateICmpEQ(x, y);
  }
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

// floatToInt converts a float to an integer type as Go 1.19's compiler does
// on each GOARCH; values out of the target's range (NaN, +-Inf, too large)
// give the instruction's own answer (test/lit/run/floats/float_to_int_range.go):
// - arm64: uint64 (uint, uintptr) through FCVTZU, int64 and uint32 through
//   64-bit FCVTZS, narrower types through 32-bit FCVTZS, then truncated.
//   FCVTZS/FCVTZU saturate and give 0 for NaN, as llvm.fpto[su]i.sat.
// - amd64: int64 and uint32 through 64-bit CVTTSD2SQ, narrower types
//   through 32-bit CVTTSD2SL, then truncated; out of range both give their
//   "integer indefinite" 0x80...0. uint64 subtracts 2**63 first if x >= 2**63
//   (or is NaN) and sets the top bit again.
llvm::Value *CodeGen::floatToInt(llvm::Value *v, Type *to) {
  llvm::Type *ity = llt(to);
  unsigned w = ity->getIntegerBitWidth();
  bool uns = !isSigned(to);
  // The width of the conversion instruction Go uses.
  unsigned cw = (w == 64 || (uns && w == 32)) ? 64 : 32;
  bool arm = opts.target && opts.target->goarch == "arm64";
  if (arm) {
    auto id = uns && w == 64 ? llvm::Intrinsic::fptoui_sat : llvm::Intrinsic::fptosi_sat;
    llvm::Type *cty = b.getIntNTy(cw);
    llvm::Function *f = llvm::Intrinsic::getDeclaration(M, id, {cty, v->getType()});
    llvm::Value *r = b.CreateCall(f, {v});
    return w < cw ? b.CreateTrunc(r, ity) : r;
  }
  llvm::Value *d = v->getType()->isFloatTy() ? b.CreateFPExt(v, b.getDoubleTy()) : v;
  llvm::Function *cvt = llvm::Intrinsic::getDeclaration(
      M, cw == 64 ? llvm::Intrinsic::x86_sse2_cvttsd2si64 : llvm::Intrinsic::x86_sse2_cvttsd2si);
  auto conv = [&](llvm::Value *x) { return b.CreateCall(cvt, {b.CreateInsertElement(llvm::UndefValue::get(llvm::FixedVectorType::get(b.getDoubleTy(), 2)), x, uint64_t(0))}); };
  if (uns && w == 64) {
    llvm::Value *two63 = llvm::ConstantFP::get(b.getDoubleTy(), 9223372036854775808.0);
    llvm::Value *small = b.CreateFCmpOLT(d, two63);
    llvm::Value *r1 = conv(d);
    llvm::Value *r2 = b.CreateOr(conv(b.CreateFSub(d, two63)), b.getInt64(1ull << 63));
    return b.CreateSelect(small, r1, r2);
  }
  llvm::Value *r = conv(d);
  return w < cw ? b.CreateTrunc(r, ity) : r;
}

llvm::Value *CodeGen::emitConversion(llvm::Value *v, Type *from, Type *to) {
  Type *fu = from->underlying(), *tu = to->underlying();
  if (isNilType(from)) return zero(to);
  if (isa<Interface>(tu)) return convertImplicit(v, from, to);
  auto *fb = dyn_cast<Basic>(fu);
  auto *tb = dyn_cast<Basic>(tu);
  if (fb && tb) {
    llvm::Type *ft = v->getType(), *tt = llt(to);
    if ((fb->info & IsInteger) && (tb->info & IsInteger)) {
      unsigned fw = ft->getIntegerBitWidth(), tw = tt->getIntegerBitWidth();
      if (fw == tw) return v;
      if (fw > tw) return b.CreateTrunc(v, tt);
      return isSigned(from) ? b.CreateSExt(v, tt) : b.CreateZExt(v, tt);
    }
    if ((fb->info & IsInteger) && (tb->info & IsFloat))
      return isSigned(from) ? b.CreateSIToFP(v, tt) : b.CreateUIToFP(v, tt);
    if ((fb->info & IsFloat) && (tb->info & IsInteger)) return floatToInt(v, to);
    // T(v) between identical float types rounds: on arm64, where products
    // are fused into adds as Go fuses them, it keeps v's product unfused
    // (codegen/fusemuladd.cpp).
    bool arm = opts.target && opts.target->goarch == "arm64";
    if ((fb->info & IsFloat) && (tb->info & IsFloat)) {
      if (ft == tt) return arm ? markRounded(b, v) : v;
      return ft->isFloatTy() ? b.CreateFPExt(v, tt) : b.CreateFPTrunc(v, tt);
    }
    if ((fb->info & IsComplex) && (tb->info & IsComplex)) {
      if (ft == tt && arm && !llvm::isa<llvm::Constant>(v)) {
        llvm::Value *re = markRounded(b, b.CreateExtractValue(v, 0));
        llvm::Value *im = markRounded(b, b.CreateExtractValue(v, 1));
        return b.CreateInsertValue(b.CreateInsertValue(v, re, 0), im, 1);
      }
      if (ft == tt) return v;
      llvm::Type *et = tt->getStructElementType(0);
      auto cv = [&](llvm::Value *x) {
        return et->isFloatTy() ? b.CreateFPTrunc(x, et) : b.CreateFPExt(x, et);
      };
      llvm::Value *r = llvm::UndefValue::get(tt);
      r = b.CreateInsertValue(r, cv(b.CreateExtractValue(v, 0)), 0);
      return b.CreateInsertValue(r, cv(b.CreateExtractValue(v, 1)), 1);
    }
    if ((fb->info & IsInteger) && (tb->info & IsString)) {
      llvm::Value *x = toInt64(v, from);
      if (!isSigned(from) && ft->getIntegerBitWidth() == 64) {
        // Values above MaxInt64 are invalid runes too.
        x = b.CreateSelect(b.CreateICmpSLT(x, b.getInt64(0)), b.getInt64(0xFFFD), x);
      }
      return rtcall("intstring", {x});
    }
    if (fb->basicKind == BasicKind::UnsafePointer && (tb->info & IsInteger))
      return b.CreatePtrToInt(v, tt);
    if ((fb->info & IsInteger) && tb->basicKind == BasicKind::UnsafePointer)
      return b.CreateIntToPtr(v, tt);
    return v;
  }
  if (auto *pt = dyn_cast<Pointer>(tu); pt && isa<Slice>(fu)) {
    // (*[N]T)(s): Go 1.17 slice to array pointer conversion.
    auto *at = cast<Array>(pt->elem->underlying());
    llvm::Value *len = b.CreateExtractValue(v, 1);
    llvm::Value *n = b.getInt64(at->len);
    panicIf(b.CreateICmpULT(len, n), [&] {
      rtcall("panicSliceConvert", {n, len});
    });
    return b.CreateExtractValue(v, 0);
  }
  if (tb && (tb->info & IsString)) {
    if (auto *sl = dyn_cast<Slice>(fu)) {
      Basic *eb = basic(sl->elem);
      if (eb && eb->basicKind == BasicKind::Int32)
        return rtcall("slicerunetostring", {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
      return rtcall("slicebytetostring", {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
    }
  }
  if (fb && (fb->info & IsString)) {
    if (auto *sl = dyn_cast<Slice>(tu)) {
      Basic *eb = basic(sl->elem);
      llvm::Value *out = tempAlloca(sliceTy(), "conv");
      const char *fn = eb && eb->basicKind == BasicKind::Int32 ? "stringtoslicerune" : "stringtoslicebyte";
      rtcall(fn, {out, b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
      return b.CreateLoad(sliceTy(), out);
    }
  }
  return v;
}
