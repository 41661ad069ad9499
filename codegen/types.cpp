//===- codegen/types.cpp - Go types as LLVM types -------------------------===//
//
// This file implements the mapping of Go types to LLVM types and the layout
// facts codegen needs. Layouts follow runtime/abi.h: string {ptr,i64},
// slice {ptr,i64,i64}, interfaces {ptr,ptr}; maps, chans, pointers and func
// values are one pointer; structs and arrays are LLVM aggregates with
// natural alignment, which matches Go's layout on 64-bit targets.
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

Expr *golite::cg::unparen(Expr *e) {
  while (auto *p = llvm::dyn_cast_or_null<ParenExpr>(e)) e = p->x;
  return e;
}

llvm::PointerType *CodeGen::ptrTy() { return llvm::PointerType::getUnqual(C); }

llvm::StructType *CodeGen::stringTy() {
  if (auto *t = llvm::StructType::getTypeByName(C, "string")) return t;
  return llvm::StructType::create(C, {ptrTy(), intTy()}, "string");
}
llvm::StructType *CodeGen::sliceTy() {
  if (auto *t = llvm::StructType::getTypeByName(C, "slice")) return t;
  return llvm::StructType::create(C, {ptrTy(), intTy(), intTy()}, "slice");
}
llvm::StructType *CodeGen::ifaceTy() {
  if (auto *t = llvm::StructType::getTypeByName(C, "iface")) return t;
  return llvm::StructType::create(C, {ptrTy(), ptrTy()}, "iface");
}

Basic *CodeGen::basic(Type *t) {
  if (!t) return nullptr;
  return dyn_cast<Basic>(t->underlying());
}

bool CodeGen::isSigned(Type *t) {
  Basic *bt = basic(t);
  return bt && (bt->info & IsInteger) && !(bt->info & IsUnsigned);
}

unsigned CodeGen::intBits(Type *t) {
  llvm::Type *lt = llt(t);
  return lt->isIntegerTy() ? lt->getIntegerBitWidth() : 64;
}

bool CodeGen::isDirectIface(Type *t) {
  Type *u = t->underlying();
  switch (u->kind()) {
  case TypeKind::Pointer:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
    return true;
  case TypeKind::Basic:
    return cast<Basic>(u)->basicKind == BasicKind::UnsafePointer;
  default:
    return false;
  }
}

static llvm::Type *basicType(CodeGen &cg, Basic *bt) {
  auto &b = cg.b;
  switch (bt->basicKind) {
  case BasicKind::Bool:
  case BasicKind::UntypedBool:
    return b.getInt1Ty();
  case BasicKind::Int8:
  case BasicKind::Uint8:
    return b.getInt8Ty();
  case BasicKind::Int16:
  case BasicKind::Uint16:
    return b.getInt16Ty();
  case BasicKind::Int32:
  case BasicKind::Uint32:
  case BasicKind::UntypedRune:
    return b.getInt32Ty();
  case BasicKind::Int:
  case BasicKind::Int64:
  case BasicKind::Uint:
  case BasicKind::Uint64:
  case BasicKind::Uintptr:
  case BasicKind::UntypedInt:
  case BasicKind::Invalid:
    return b.getInt64Ty();
  case BasicKind::Float32:
    return b.getFloatTy();
  case BasicKind::Float64:
  case BasicKind::UntypedFloat:
    return b.getDoubleTy();
  case BasicKind::Complex64:
    return llvm::StructType::get(cg.C, {b.getFloatTy(), b.getFloatTy()});
  case BasicKind::Complex128:
  case BasicKind::UntypedComplex:
    return llvm::StructType::get(cg.C, {b.getDoubleTy(), b.getDoubleTy()});
  case BasicKind::String:
  case BasicKind::UntypedString:
    return cg.stringTy();
  case BasicKind::UnsafePointer:
  case BasicKind::UntypedNil:
    return cg.ptrTy();
  }
  llvm_unreachable("basic kind");
}

llvm::Type *CodeGen::llt(Type *t) {
  assert(t && "null type");
  auto it = typeCache_.find(t);
  if (it != typeCache_.end()) return it->second;
  llvm::Type *r = nullptr;
  switch (t->kind()) {
  case TypeKind::Named:
    r = llt(t->underlying());
    break;
  case TypeKind::Basic:
    r = basicType(*this, cast<Basic>(t));
    break;
  case TypeKind::Pointer:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
    r = ptrTy();
    break;
  case TypeKind::Slice:
    r = sliceTy();
    break;
  case TypeKind::Interface:
    r = ifaceTy();
    break;
  case TypeKind::Array: {
    auto *a = cast<Array>(t);
    r = llvm::ArrayType::get(llt(a->elem), a->len < 0 ? 0 : a->len);
    break;
  }
  case TypeKind::Struct: {
    std::vector<llvm::Type *> fields;
    for (Var *f : cast<Struct>(t)->fields) fields.push_back(llt(f->type));
    r = llvm::StructType::get(C, fields);
    break;
  }
  case TypeKind::Tuple: {
    std::vector<llvm::Type *> fields;
    for (Var *f : cast<Tuple>(t)->vars) fields.push_back(llt(f->type));
    r = llvm::StructType::get(C, fields);
    break;
  }
  }
  typeCache_[t] = r;
  return r;
}

llvm::Type *CodeGen::resultType(Signature *sig) {
  auto &rs = sig->results->vars;
  if (rs.empty()) return b.getVoidTy();
  if (rs.size() == 1) return llt(rs[0]->type);
  std::vector<llvm::Type *> fields;
  for (Var *v : rs) fields.push_back(llt(v->type));
  return llvm::StructType::get(C, fields);
}

llvm::FunctionType *CodeGen::funcType(Signature *sig) {
  std::vector<llvm::Type *> params{ptrTy()};
  if (sig->recv) params.push_back(llt(sig->recv->type));
  for (Var *p : sig->params->vars) params.push_back(llt(p->type));
  return llvm::FunctionType::get(resultType(sig), params, false);
}

uint64_t CodeGen::sizeOf(llvm::Type *t) { return M->getDataLayout().getTypeAllocSize(t); }
uint64_t CodeGen::sizeOf(Type *t) { return sizeOf(llt(t)); }

void CodeGen::storeZero(llvm::Value *addr, llvm::Type *t) {
  uint64_t size = sizeOf(t);
  if (t->isAggregateType() && size > 64) {
    b.CreateMemSet(addr, b.getInt8(0), size, M->getDataLayout().getABITypeAlign(t));
    return;
  }
  b.CreateStore(llvm::Constant::getNullValue(t), addr);
}
