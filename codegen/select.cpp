//===- codegen/select.cpp - select statements -----------------------------===//
//
// This file implements the select statement (Go 1.19's walk/select.go):
//   select {}                       runtime.block()
//   only a default                  its body
//   one case and a default          selectnbsend / selectnbrecv
//   anything else                   runtime.selectgo over an array of
//                                   abi::SelectCase {c, elem} on the stack,
//                                   send cases first, then receive cases;
//                                   block is false iff there is a default,
//                                   which selectgo reports as -1.
// On entry every channel operand and every value to send is evaluated once,
// in source order; the left-hand sides of a receive case are assigned only
// when that case is chosen. `break` leaves the select.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {
/// One communication clause, with the operands evaluated on entry.
struct SelCase {
  CommClause *cc = nullptr;
  SendStmt *send = nullptr;
  Expr *recv = nullptr;       // the <-c expression of a receive case
  AssignStmt *assign = nullptr; // v[, ok] =/:= <-c
  Chan *chanType = nullptr;
  llvm::Value *chan = nullptr;
  llvm::Value *elem = nullptr; // send value or receive destination (stack)
  int index = -1;              // position in the SelectCase array
};
} // namespace

static bool isBlankExpr(Expr *e) {
  auto *id = dyn_cast<Ident>(unparen(e));
  return id && id->name == "_";
}

void CodeGen::emitSelect(SelectStmt *s) {
  std::vector<SelCase> cases;
  CommClause *dflt = nullptr;
  for (Stmt *st : s->body->list) {
    auto *cc = cast<CommClause>(st);
    if (!cc->comm) {
      dflt = cc;
      continue;
    }
    SelCase sc;
    sc.cc = cc;
    if (auto *ss = dyn_cast<SendStmt>(cc->comm)) {
      sc.send = ss;
    } else if (auto *es = dyn_cast<ExprStmt>(cc->comm)) {
      sc.recv = unparen(es->x);
    } else {
      sc.assign = cast<AssignStmt>(cc->comm);
      sc.recv = unparen(sc.assign->rhs[0]);
    }
    cases.push_back(sc);
  }

  auto *done = newBlock("select.done");
  fs->targets[s] = {done, nullptr};
  fs->breakables.push_back(s);

  // Assigns the received value (and ok) of a chosen receive case.
  auto assignRecv = [&](SelCase &sc, llvm::Value *okv) {
    AssignStmt *a = sc.assign;
    if (!a) return;
    Type *et = sc.chanType->elem;
    bool define = a->tok == Tok::Define;
    auto isNew = [&](size_t i) {
      if (!define) return false;
      if (i < a->isNew.size()) return bool(a->isNew[i]);
      return true;
    };
    // Left operands first (Go evaluates them after the communication).
    std::vector<LValue> lvs(a->lhs.size());
    for (size_t i = 0; i < a->lhs.size(); ++i)
      if (!isNew(i) && !isBlankExpr(a->lhs[i])) lvs[i] = emitLValue(a->lhs[i]);
    llvm::Value *v = b.CreateLoad(llt(et), sc.elem);
    std::vector<llvm::Value *> vals{v};
    std::vector<Type *> types{et};
    if (a->lhs.size() > 1) {
      vals.push_back(okv);
      types.push_back(tctx.basic(BasicKind::Bool));
    }
    for (size_t i = 0; i < a->lhs.size(); ++i) {
      if (isBlankExpr(a->lhs[i])) continue;
      if (isNew(i)) {
        auto *var = cast<Var>(cast<Ident>(unparen(a->lhs[i]))->obj);
        b.CreateStore(convertImplicit(vals[i], types[i], var->type), allocVar(var));
      } else {
        store(lvs[i], convertImplicit(vals[i], types[i], lvs[i].type));
      }
    }
  };
  auto emitBody = [&](CommClause *cc) {
    emitBlock(cc->body);
    if (!terminated()) b.CreateBr(done);
  };
  auto finish = [&]() {
    fs->breakables.pop_back();
    done->moveAfter(b.GetInsertBlock());
    startBlock(done);
  };

  if (cases.empty()) {
    if (dflt) {
      emitBody(dflt);
    } else {
      rtcall("block", {});
      b.CreateUnreachable();
    }
    finish();
    return;
  }

  // Evaluate the channels and the values to send, in source order.
  for (SelCase &sc : cases) {
    if (sc.send) {
      sc.chanType = cast<Chan>(sc.send->chan->tv.type->underlying());
      sc.chan = emitExpr(sc.send->chan);
      llvm::Value *v = emitExprTo(sc.send->value, sc.chanType->elem);
      sc.elem = tempAlloca(llt(sc.chanType->elem), "select.send");
      b.CreateStore(v, sc.elem);
    } else {
      auto *u = cast<UnaryExpr>(sc.recv);
      sc.chanType = cast<Chan>(u->x->tv.type->underlying());
      sc.chan = emitExpr(u->x);
      sc.elem = tempAlloca(llt(sc.chanType->elem), "select.recv");
    }
  }
  llvm::Value *okSlot = tempAlloca(b.getInt8Ty(), "select.ok");
  auto loadOk = [&]() { return b.CreateICmpNE(b.CreateLoad(b.getInt8Ty(), okSlot), b.getInt8(0)); };

  if (cases.size() == 1 && dflt) {
    SelCase &sc = cases[0];
    llvm::Value *chosen;
    if (sc.send) {
      chosen = rtcall("selectnbsend", {sc.chan, sc.elem});
    } else {
      b.CreateStore(b.getInt8(0), okSlot);
      chosen = rtcall("selectnbrecv", {sc.elem, sc.chan, okSlot});
    }
    auto *caseBB = newBlock("select.case");
    auto *dfltBB = newBlock("select.default");
    b.CreateCondBr(chosen, caseBB, dfltBB);
    b.SetInsertPoint(caseBB);
    if (!sc.send) assignRecv(sc, loadOk());
    emitBody(sc.cc);
    b.SetInsertPoint(dfltBB);
    emitBody(dflt);
    finish();
    return;
  }

  int nsends = 0, nrecvs = 0;
  for (SelCase &sc : cases)
    if (sc.send) sc.index = nsends++;
  for (SelCase &sc : cases)
    if (!sc.send) sc.index = nsends + nrecvs++;
  auto *caseTy = llvm::StructType::get(C, {ptrTy(), ptrTy()});
  auto *arrTy = llvm::ArrayType::get(caseTy, cases.size());
  llvm::Value *arr = tempAlloca(arrTy, "select.cases");
  for (SelCase &sc : cases) {
    llvm::Value *slot = b.CreateConstInBoundsGEP2_32(arrTy, arr, 0, sc.index);
    b.CreateStore(sc.chan, b.CreateStructGEP(caseTy, slot, 0));
    bool discard = !sc.send && (!sc.assign || isBlankExpr(sc.assign->lhs[0]));
    b.CreateStore(discard ? llvm::Constant::getNullValue(ptrTy()) : sc.elem,
                  b.CreateStructGEP(caseTy, slot, 1));
  }
  b.CreateStore(b.getInt8(0), okSlot);
  llvm::Value *idx = rtcall("selectgo", {arr, b.getInt64(nsends), b.getInt64(nrecvs),
                                         b.getInt1(dflt == nullptr), okSlot});
  auto *dfltBB = newBlock("select.default");
  llvm::SwitchInst *sw = b.CreateSwitch(idx, dfltBB, cases.size());
  for (SelCase &sc : cases) {
    auto *bb = newBlock("select.case");
    sw->addCase(b.getInt64(sc.index), bb);
    b.SetInsertPoint(bb);
    if (!sc.send) assignRecv(sc, loadOk());
    emitBody(sc.cc);
  }
  b.SetInsertPoint(dfltBB);
  if (dflt)
    emitBody(dflt);
  else
    b.CreateUnreachable();
  finish();
}
