//===- codegen/map.cpp - Maps ---------------------------------------------===//
//
// This file implements map operations as runtime calls; keys are passed by
// pointer to a stack temporary holding a value of the map's key type, except
// string keys (data, len) and 8-byte integer/pointer keys (i64), which call
// the runtime's _faststr/_fast64 entry points.
// len(m) loads the count at offset 0 of the map header (nil maps: 0).
// Range over a map keeps a runtime MapIter (runtime/abi.h) on the stack.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;

static llvm::Value *keyTemp(CodeGen &cg, llvm::Value *key) {
  llvm::Value *tmp = cg.tempAlloca(key->getType(), "mapkey");
  cg.b.CreateStore(key, tmp);
  return tmp;
}

namespace {
/// Which runtime entry points a map's operations call: the fast paths pass
/// string keys as (data, len) and 8-byte integer and pointer keys as one
/// i64, with no key temporary and no generic hash/equal dispatch.
enum class MapKeyPath { Generic, Str, Fast64 };

MapKeyPath keyPath(Type *mt) {
  Type *k = cast<Map>(mt->underlying())->key->underlying();
  if (auto *bt = llvm::dyn_cast<Basic>(k)) {
    switch (bt->basicKind) {
    case BasicKind::String:
      return MapKeyPath::Str;
    case BasicKind::Int:
    case BasicKind::Int64:
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
    case BasicKind::UnsafePointer:
      return MapKeyPath::Fast64;
    default:
      return MapKeyPath::Generic;
    }
  }
  if (llvm::isa<Pointer>(k))
    return MapKeyPath::Fast64;
  return MapKeyPath::Generic;
}

const char *suffix(MapKeyPath p) {
  switch (p) {
  case MapKeyPath::Str:
    return "_faststr";
  case MapKeyPath::Fast64:
    return "_fast64";
  default:
    return "";
  }
}
} // namespace

/// The key arguments of a map entry point: (data, len), (i64) or (&temp).
static void keyArgs(CodeGen &cg, MapKeyPath path, llvm::Value *key,
                    llvm::SmallVectorImpl<llvm::Value *> &args) {
  switch (path) {
  case MapKeyPath::Str:
    args.push_back(cg.b.CreateExtractValue(key, 0));
    args.push_back(cg.b.CreateExtractValue(key, 1));
    return;
  case MapKeyPath::Fast64:
    args.push_back(key->getType()->isPointerTy() ? cg.b.CreatePtrToInt(key, cg.b.getInt64Ty())
                                                 : key);
    return;
  case MapKeyPath::Generic:
    args.push_back(keyTemp(cg, key));
    return;
  }
}

llvm::Value *CodeGen::mapLookup(llvm::Value *m, llvm::Value *key, Type *mt, llvm::Value **okOut) {
  Type *elem = cast<Map>(mt->underlying())->elem;
  MapKeyPath path = keyPath(mt);
  llvm::SmallVector<llvm::Value *, 5> args{typeDesc(mt), m};
  keyArgs(*this, path, key, args);
  llvm::Value *p;
  if (okOut) {
    llvm::Value *ok = tempAlloca(b.getInt8Ty(), "mapok");
    args.push_back(ok);
    p = rtcall(std::string("mapaccess2") + suffix(path), args);
    *okOut = b.CreateICmpNE(b.CreateLoad(b.getInt8Ty(), ok), b.getInt8(0));
  } else {
    p = rtcall(std::string("mapaccess1") + suffix(path), args);
  }
  return b.CreateLoad(llt(elem), p);
}

llvm::Value *CodeGen::mapAssignSlot(llvm::Value *m, llvm::Value *key, Type *mt) {
  MapKeyPath path = keyPath(mt);
  llvm::SmallVector<llvm::Value *, 4> args{typeDesc(mt), m};
  keyArgs(*this, path, key, args);
  return rtcall(std::string("mapassign") + suffix(path), args);
}

void CodeGen::mapDelete(llvm::Value *m, llvm::Value *key, Type *mt) {
  MapKeyPath path = keyPath(mt);
  llvm::SmallVector<llvm::Value *, 4> args{typeDesc(mt), m};
  keyArgs(*this, path, key, args);
  rtcall(std::string("mapdelete") + suffix(path), args);
}

llvm::Value *CodeGen::mapLen(llvm::Value *m) {
  llvm::BasicBlock *from = b.GetInsertBlock();
  auto *load = newBlock("maplen.load");
  auto *done = newBlock("maplen.done");
  b.CreateCondBr(b.CreateICmpEQ(m, llvm::Constant::getNullValue(ptrTy())), done, load);
  b.SetInsertPoint(load);
  llvm::Value *n = b.CreateLoad(intTy(), m);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  auto *phi = b.CreatePHI(intTy(), 2);
  phi->addIncoming(b.getInt64(0), from);
  phi->addIncoming(n, load);
  return phi;
}

void CodeGen::emitRangeMap(RangeStmt *s, llvm::Value *m, Type *mt) {
  auto *mp = cast<Map>(mt->underlying());
  auto *itTy = llvm::ArrayType::get(intTy(), 16);
  llvm::Value *it = tempAlloca(itTy, "mapiter");
  b.CreateStore(llvm::Constant::getNullValue(itTy), it);
  rtcall("mapiterinit", {typeDesc(mt), m, it});
  auto *cond = newBlock("maprange.cond");
  auto *body = newBlock("maprange.body");
  auto *post = newBlock("maprange.post");
  auto *exit = newBlock("maprange.end");
  startBlock(cond);
  llvm::Value *kp = b.CreateLoad(ptrTy(), it);
  b.CreateCondBr(b.CreateICmpEQ(kp, llvm::Constant::getNullValue(ptrTy())), exit, body);
  b.SetInsertPoint(body);
  auto assign = [&](Expr *e, llvm::Value *v, Type *vt) {
    if (!e) return;
    auto *id = llvm::dyn_cast<Ident>(unparen(e));
    if (id && id->name == "_") return;
    if (s->tok == Tok::Define) {
      auto *var = cast<Var>(id->obj);
      b.CreateStore(convertImplicit(v, vt, var->type), varAddr(var));
    } else {
      defineOrAssign(e, false, false, v, vt);
    }
  };
  assign(s->key, b.CreateLoad(llt(mp->key), kp), mp->key);
  if (s->value) {
    llvm::Value *vp = b.CreateLoad(ptrTy(), b.CreateConstInBoundsGEP1_64(ptrTy(), it, 1));
    assign(s->value, b.CreateLoad(llt(mp->elem), vp), mp->elem);
  }
  fs->targets[s] = {exit, post};
  fs->breakables.push_back(s);
  fs->loops.push_back(s);
  emitBlock(s->body->list);
  fs->breakables.pop_back();
  fs->loops.pop_back();
  post->moveAfter(b.GetInsertBlock());
  startBlock(post);
  rtcall("mapiternext", {it});
  b.CreateBr(cond);
  exit->moveAfter(b.GetInsertBlock());
  b.SetInsertPoint(exit);
}
