//===- codegen/channel.cpp - Channel operations ---------------------------===//
//
// This file implements channels on top of the runtime (runtime.def):
//   make(chan T[, n])  runtime.makechan(chan type desc, n) (it panics for a
//                      negative or too large n);
//   c <- v             v is spilled to a stack temporary, chansend1(c, &v);
//   <-c, v, ok := <-c  chanrecv1/chanrecv2 into a stack temporary;
//   close(c)           closechan; len/cap are chanlen/chancap (nil -> 0);
//   for v := range c   chanrecv2 until it reports a close.
// A channel value is a pointer to the runtime's hchan; conversions between
// channel types only change the direction and are no-ops.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;

llvm::Value *CodeGen::makeChan(Type *chanType, llvm::Value *size) {
  return rtcall("makechan", {typeDesc(chanType), size ? size : b.getInt64(0)});
}

void CodeGen::emitSend(SendStmt *s) {
  auto *ct = cast<Chan>(s->chan->tv.type->underlying());
  llvm::Value *c = emitExpr(s->chan);
  llvm::Value *v = emitExprTo(s->value, ct->elem);
  llvm::Value *tmp = tempAlloca(llt(ct->elem), "send.tmp");
  b.CreateStore(v, tmp);
  rtcall("chansend1", {c, tmp});
}

llvm::Value *CodeGen::emitRecv(Expr *recvExpr, llvm::Value **okOut) {
  auto *u = cast<UnaryExpr>(unparen(recvExpr));
  if (llvm::Value *v; !okOut && takeHoisted(u, v)) return v;
  auto *ct = cast<Chan>(u->x->tv.type->underlying());
  llvm::Value *c = emitExpr(u->x);
  llvm::Type *et = llt(ct->elem);
  llvm::Value *tmp = tempAlloca(et, "recv.tmp");
  if (okOut)
    *okOut = rtcall("chanrecv2", {c, tmp});
  else
    rtcall("chanrecv1", {c, tmp});
  return b.CreateLoad(et, tmp);
}

llvm::Value *CodeGen::chanLenCap(llvm::Value *c, bool isCap) {
  return rtcall(isCap ? "chancap" : "chanlen", {c});
}

void CodeGen::emitRangeChan(RangeStmt *s) {
  auto *ct = cast<Chan>(s->x->tv.type->underlying());
  llvm::Value *c = emitExpr(s->x);
  if (s->tok == Tok::Define && s->key) {
    auto *id = cast<Ident>(unparen(s->key));
    if (id->name != "_")
      if (auto *var = dyn_cast_or_null<Var>(id->obj)) allocVar(var);
  }
  llvm::Type *et = llt(ct->elem);
  llvm::Value *tmp = tempAlloca(et, "range.recv");
  auto *cond = newBlock("rangechan.cond");
  auto *body = newBlock("rangechan.body");
  auto *exit = newBlock("rangechan.end");
  startBlock(cond);
  llvm::Value *ok = rtcall("chanrecv2", {c, tmp});
  b.CreateCondBr(ok, body, exit);
  b.SetInsertPoint(body);
  if (s->key) {
    llvm::Value *v = b.CreateLoad(et, tmp);
    auto *id = dyn_cast<Ident>(unparen(s->key));
    if (s->tok == Tok::Define) {
      if (id && id->name != "_")
        if (auto *var = dyn_cast_or_null<Var>(id->obj))
          b.CreateStore(convertImplicit(v, ct->elem, var->type), varAddr(var));
    } else {
      defineOrAssign(s->key, false, false, v, ct->elem);
    }
  }
  fs->targets[s] = {exit, cond};
  fs->breakables.push_back(s);
  fs->loops.push_back(s);
  emitBlock(s->body->list);
  fs->breakables.pop_back();
  fs->loops.pop_back();
  if (!terminated()) b.CreateBr(cond);
  exit->moveAfter(b.GetInsertBlock());
  b.SetInsertPoint(exit);
}
