//===- codegen/stmt.cpp - Statements --------------------------------------===//
//
// This file implements statements: declarations, assignments (operands of
// the left side are evaluated first, then the right side, then the stores
// happen left to right), inc/dec, if, for, range (arrays, slices, strings
// with an inline ASCII fast path and runtime.decoderune, maps), expression
// and type switches (with fallthrough), labels, break/continue/goto.
// Go 1.19 loop semantics: the variables declared by a for or range clause
// exist once per loop, not once per iteration.
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

static bool isBlank(Expr *e) {
  auto *id = dyn_cast<Ident>(unparen(e));
  return id && id->name == "_";
}

void CodeGen::emitBlock(const std::vector<Stmt *> &list) {
  for (Stmt *s : list) emitStmt(s);
}

llvm::BasicBlock *CodeGen::labelBlock(Stmt *labeled) {
  auto it = fs->labels.find(labeled);
  if (it != fs->labels.end()) return it->second;
  auto *bb = newBlock("label");
  fs->labels[labeled] = bb;
  return bb;
}

void CodeGen::emitStmt(Stmt *s) {
  debugLocation(s->pos());
  RootState st;
  if (fs && !fs->inRoot && hoistStmt(s, st)) {
    emitStmtNode(s);
    endRoot(st);
    return;
  }
  emitStmtNode(s);
}

void CodeGen::emitStmtNode(Stmt *s) {
  switch (s->kind()) {
  case NodeKind::EmptyStmt:
  case NodeKind::BadStmt:
    return;
  case NodeKind::BlockStmt:
    emitBlock(cast<BlockStmt>(s)->list);
    return;
  case NodeKind::ExprStmt:
    emitExpr(cast<ExprStmt>(s)->x);
    return;
  case NodeKind::DeclStmt:
    emitDeclStmt(cast<DeclStmt>(s));
    return;
  case NodeKind::AssignStmt:
    emitAssign(cast<AssignStmt>(s));
    return;
  case NodeKind::IncDecStmt:
    emitIncDec(cast<IncDecStmt>(s));
    return;
  case NodeKind::ReturnStmt:
    emitReturn(cast<ReturnStmt>(s));
    return;
  case NodeKind::IfStmt:
    emitIf(cast<IfStmt>(s));
    return;
  case NodeKind::ForStmt:
    emitFor(cast<ForStmt>(s), nullptr);
    return;
  case NodeKind::RangeStmt:
    emitRange(cast<RangeStmt>(s));
    return;
  case NodeKind::SwitchStmt:
    emitSwitch(cast<SwitchStmt>(s));
    return;
  case NodeKind::TypeSwitchStmt:
    emitTypeSwitch(cast<TypeSwitchStmt>(s));
    return;
  case NodeKind::BranchStmt:
    emitBranch(cast<BranchStmt>(s));
    return;
  case NodeKind::LabeledStmt: {
    auto *ls = cast<LabeledStmt>(s);
    startBlock(labelBlock(ls));
    emitStmt(ls->stmt);
    return;
  }
  case NodeKind::DeferStmt:
    emitDefer(cast<DeferStmt>(s));
    return;
  case NodeKind::GoStmt:
    emitGo(cast<GoStmt>(s));
    return;
  case NodeKind::SendStmt:
    emitSend(cast<SendStmt>(s));
    return;
  case NodeKind::SelectStmt:
    emitSelect(cast<SelectStmt>(s));
    return;
  default:
    unsupported() << "golite: codegen: statement kind " << int(s->kind())
                 << " is not supported yet\n";
    return;
  }
}

void CodeGen::emitDeclStmt(DeclStmt *d) {
  auto *gd = dyn_cast<GenDecl>(d->decl);
  if (!gd || gd->tok != Tok::Var) return;
  for (Spec *sp : gd->specs) {
    auto *vs = cast<ValueSpec>(sp);
    std::vector<llvm::Value *> vals;
    std::vector<Type *> types;
    if (vs->values.size() == vs->names.size()) {
      for (size_t i = 0; i < vs->values.size(); ++i) {
        auto *v = dyn_cast_or_null<Var>(vs->names[i]->obj);
        Type *t = v ? v->type : vs->values[i]->tv.type;
        vals.push_back(emitExprTo(vs->values[i], t));
        types.push_back(t);
      }
    } else if (vs->values.size() == 1) {
      vals = emitMulti(vs->values[0], vs->names.size(), types);
    }
    for (size_t i = 0; i < vs->names.size(); ++i) {
      auto *v = dyn_cast_or_null<Var>(vs->names[i]->obj);
      if (!v || vs->names[i]->name == "_") continue;
      llvm::Value *addr = allocVar(v);
      if (i < vals.size()) b.CreateStore(convertImplicit(vals[i], types[i], v->type), addr);
    }
  }
}

LValue CodeGen::emitLValue(Expr *e) {
  LValue lv;
  e = unparen(e);
  if (isBlank(e)) return lv;
  lv.type = e->tv.type;
  if (auto *ix = dyn_cast<IndexExpr>(e)) {
    if (auto *mt = dyn_cast<Map>(ix->x->tv.type->underlying())) {
      lv.kind = LValue::MapEntry;
      lv.map = emitExpr(ix->x);
      lv.key = emitExprTo(ix->index, mt->key);
      lv.mapType = ix->x->tv.type;
      lv.type = mt->elem;
      return lv;
    }
  }
  lv.kind = LValue::Addr;
  lv.addr = emitAddr(e);
  return lv;
}

void CodeGen::store(const LValue &lv, llvm::Value *v) {
  switch (lv.kind) {
  case LValue::Blank:
    return;
  case LValue::Addr:
    b.CreateStore(v, lv.addr);
    return;
  case LValue::MapEntry:
    b.CreateStore(v, mapAssignSlot(lv.map, lv.key, lv.mapType));
    return;
  }
}

llvm::Value *CodeGen::loadLValue(const LValue &lv) {
  if (lv.kind == LValue::MapEntry) return mapLookup(lv.map, lv.key, lv.mapType, nullptr);
  return b.CreateLoad(llt(lv.type), lv.addr);
}

void CodeGen::defineOrAssign(Expr *lhs, bool define, bool isNew, llvm::Value *v, Type *vt) {
  if (isBlank(lhs)) return;
  if (define && isNew) {
    auto *var = cast<Var>(cast<Ident>(unparen(lhs))->obj);
    llvm::Value *addr = allocVar(var);
    b.CreateStore(convertImplicit(v, vt, var->type), addr);
    return;
  }
  LValue lv = emitLValue(lhs);
  store(lv, convertImplicit(v, vt, lv.type));
}

void CodeGen::emitAssign(AssignStmt *a) {
  bool define = a->tok == Tok::Define;
  auto isNew = [&](size_t i) {
    if (!define) return false;
    if (i < a->isNew.size()) return bool(a->isNew[i]);
    auto *id = dyn_cast<Ident>(a->lhs[i]);
    auto *v = id ? dyn_cast_or_null<Var>(id->obj) : nullptr;
    return v && v->pos == id->namePos;
  };
  if (a->tok != Tok::Assign && !define) {
    // x op= y
    LValue lv = emitLValue(a->lhs[0]);
    Expr *y = a->rhs[0];
    bool shift = a->tok == Tok::ShlAssign || a->tok == Tok::ShrAssign;
    if (lv.kind == LValue::MapEntry) {
      // As Go: m and k, then y, then the entry. One mapassign, whose slot
      // is read and written, except for / and %, whose division-by-zero
      // panic must come before the entry exists (lookup, op, assign).
      llvm::Value *yv = shift ? emitExpr(y) : emitExprTo(y, lv.type);
      bool div = a->tok == Tok::QuoAssign || a->tok == Tok::RemAssign;
      llvm::Value *slot = div ? nullptr : mapAssignSlot(lv.map, lv.key, lv.mapType);
      llvm::Value *cur = div ? loadLValue(lv) : b.CreateLoad(llt(lv.type), slot);
      llvm::Value *r = emitBinOp(a->tok, cur, yv, lv.type, y->tv.type, y->tv.isConstant());
      if (div)
        store(lv, r);
      else
        b.CreateStore(r, slot);
      return;
    }
    llvm::Value *cur = loadLValue(lv);
    llvm::Value *yv = shift ? emitExpr(y) : emitExprTo(y, lv.type);
    llvm::Value *r = emitBinOp(a->tok, cur, yv, lv.type, y->tv.type, y->tv.isConstant());
    store(lv, r);
    return;
  }
  if (a->lhs.size() == a->rhs.size()) {
    size_t n = a->lhs.size();
    if (n == 1) {
      Expr *l = a->lhs[0];
      if (define && isNew(0)) {
        auto *var = dyn_cast_or_null<Var>(cast<Ident>(unparen(l))->obj);
        if (var && identical(var->type, a->rhs[0]->tv.type) && isBigAddressable(a->rhs[0])) {
          copyBig(allocVar(var), a->rhs[0]);
          return;
        }
        llvm::Value *v = emitExprTo(a->rhs[0], var ? var->type : a->rhs[0]->tv.type);
        if (var) b.CreateStore(v, allocVar(var));
        return;
      }
      if (isBlank(l)) {
        if (isBigAddressable(a->rhs[0]))
          emitAddr(a->rhs[0]);
        else
          emitExpr(a->rhs[0]);
        return;
      }
      LValue lv = emitLValue(l);
      if (lv.kind == LValue::Addr && identical(lv.type, a->rhs[0]->tv.type) &&
          copyBig(lv.addr, a->rhs[0]))
        return;
      llvm::Value *v = emitExprTo(a->rhs[0], lv.type);
      store(lv, v);
      return;
    }
    std::vector<LValue> lvs(n);
    for (size_t i = 0; i < n; ++i)
      if (!isNew(i)) lvs[i] = emitLValue(a->lhs[i]);
    std::vector<llvm::Value *> vals(n);
    for (size_t i = 0; i < n; ++i) {
      Type *t = nullptr;
      if (isNew(i))
        t = cast<Ident>(unparen(a->lhs[i]))->obj->type;
      else if (lvs[i].kind != LValue::Blank)
        t = lvs[i].type;
      vals[i] = t ? emitExprTo(a->rhs[i], t) : emitExpr(a->rhs[i]);
    }
    for (size_t i = 0; i < n; ++i) {
      if (isNew(i)) {
        if (isBlank(a->lhs[i])) continue;
        auto *var = cast<Var>(cast<Ident>(unparen(a->lhs[i]))->obj);
        b.CreateStore(vals[i], allocVar(var));
      } else {
        store(lvs[i], vals[i]);
      }
    }
    return;
  }
  // a, b = f()  /  v, ok = m[k]  /  v, ok = x.(T)
  size_t n = a->lhs.size();
  std::vector<LValue> lvs(n);
  for (size_t i = 0; i < n; ++i)
    if (!isNew(i)) lvs[i] = emitLValue(a->lhs[i]);
  std::vector<Type *> types;
  auto vals = emitMulti(a->rhs[0], n, types);
  for (size_t i = 0; i < n && i < vals.size(); ++i) {
    if (isNew(i)) {
      if (isBlank(a->lhs[i])) continue;
      auto *var = cast<Var>(cast<Ident>(unparen(a->lhs[i]))->obj);
      b.CreateStore(convertImplicit(vals[i], types[i], var->type), allocVar(var));
    } else if (lvs[i].kind != LValue::Blank) {
      store(lvs[i], convertImplicit(vals[i], types[i], lvs[i].type));
    }
  }
}

void CodeGen::emitIncDec(IncDecStmt *s) {
  LValue lv = emitLValue(s->x);
  // m[k]++: one mapassign; the slot is read and written (as Go).
  llvm::Value *slot = lv.kind == LValue::MapEntry ? mapAssignSlot(lv.map, lv.key, lv.mapType) : nullptr;
  llvm::Value *cur = slot ? b.CreateLoad(llt(lv.type), slot) : loadLValue(lv);
  llvm::Type *t = cur->getType();
  llvm::Value *one;
  if (t->isFloatingPointTy())
    one = llvm::ConstantFP::get(t, 1.0);
  else if (t->isStructTy())
    one = llvm::ConstantStruct::get(cast<llvm::StructType>(t),
                                    {llvm::ConstantFP::get(t->getStructElementType(0), 1.0),
                                     llvm::ConstantFP::get(t->getStructElementType(0), 0.0)});
  else
    one = llvm::ConstantInt::get(t, 1);
  llvm::Value *r = emitBinOp(s->tok == Tok::Inc ? Tok::Add : Tok::Sub, cur, one, lv.type, lv.type, true);
  if (slot)
    b.CreateStore(r, slot);
  else
    store(lv, r);
}

void CodeGen::emitIf(IfStmt *s) {
  if (s->init) emitStmt(s->init);
  llvm::Value *c = emitExpr(s->cond);
  auto *then = newBlock("if.then");
  auto *els = s->els ? newBlock("if.else") : nullptr;
  auto *done = newBlock("if.done");
  b.CreateCondBr(c, then, els ? els : done);
  b.SetInsertPoint(then);
  emitBlock(s->body->list);
  if (!terminated()) b.CreateBr(done);
  if (els) {
    b.SetInsertPoint(els);
    emitStmt(s->els);
    if (!terminated()) b.CreateBr(done);
  }
  done->moveAfter(b.GetInsertBlock());
  b.SetInsertPoint(done);
}

void CodeGen::emitFor(ForStmt *s, LabeledStmt *) {
  if (s->init) emitStmt(s->init);
  auto *cond = newBlock("for.cond");
  auto *body = newBlock("for.body");
  auto *post = newBlock("for.post");
  auto *exit = newBlock("for.end");
  startBlock(cond);
  if (s->cond)
    b.CreateCondBr(emitExpr(s->cond), body, exit);
  else
    b.CreateBr(body);
  b.SetInsertPoint(body);
  fs->targets[s] = {exit, post};
  fs->breakables.push_back(s);
  fs->loops.push_back(s);
  emitBlock(s->body->list);
  fs->breakables.pop_back();
  fs->loops.pop_back();
  post->moveAfter(b.GetInsertBlock());
  startBlock(post);
  if (s->post) emitStmt(s->post);
  emitLoopPoll();
  b.CreateBr(cond);
  exit->moveAfter(b.GetInsertBlock());
  b.SetInsertPoint(exit);
}

void CodeGen::emitBranch(BranchStmt *s) {
  switch (s->tok) {
  case Tok::Break: {
    const Stmt *t = s->target;
    if (!t && !fs->breakables.empty()) t = fs->breakables.back();
    if (auto *ls = dyn_cast_or_null<LabeledStmt>(t)) t = ls->stmt;
    b.CreateBr(fs->targets[t].brk);
    break;
  }
  case Tok::Continue: {
    const Stmt *t = s->target;
    if (!t && !fs->loops.empty()) t = fs->loops.back();
    if (auto *ls = dyn_cast_or_null<LabeledStmt>(t)) t = ls->stmt;
    b.CreateBr(fs->targets[t].cont);
    break;
  }
  case Tok::Goto: {
    Stmt *t = s->target;
    if (!t && s->label)
      if (auto *l = dyn_cast_or_null<Label>(s->label->obj)) t = l->stmt;
    b.CreateBr(labelBlock(t));
    break;
  }
  case Tok::Fallthrough:
    b.CreateBr(fs->fallthrough);
    break;
  default:
    return;
  }
  b.SetInsertPoint(newBlock("after.branch"));
}

//===----------------------------------------------------------------------===//
// range
//===----------------------------------------------------------------------===//

namespace {
/// Assigns the per-iteration key/value of a range statement.
struct RangeVars {
  CodeGen &cg;
  RangeStmt *s;
  void assign(Expr *e, llvm::Value *v, Type *vt) {
    if (!e || !v) return;
    if (s->tok == Tok::Define) {
      auto *id = cast<Ident>(unparen(e));
      if (id->name == "_") return;
      auto *var = cast<Var>(id->obj);
      cg.b.CreateStore(cg.convertImplicit(v, vt, var->type), cg.varAddr(var));
    } else {
      cg.defineOrAssign(e, false, false, v, vt);
    }
  }
  void declare() {
    if (s->tok != Tok::Define) return;
    for (Expr *e : {s->key, s->value}) {
      if (!e) continue;
      auto *id = cast<Ident>(unparen(e));
      if (id->name == "_") continue;
      if (auto *var = dyn_cast_or_null<Var>(id->obj)) cg.allocVar(var);
    }
  }
};
} // namespace

void CodeGen::emitRange(RangeStmt *s) {
  Type *xt = s->x->tv.type;
  Type *u = xt->underlying();
  RangeVars rv{*this, s};
  bool wantValue = s->value && !isBlank(s->value);
  if (isa<Chan>(u)) {
    emitRangeChan(s);
    return;
  }
  if (isa<Map>(u)) {
    llvm::Value *m = emitExpr(s->x);
    rv.declare();
    emitRangeMap(s, m, xt);
    return;
  }
  Basic *bt = basic(xt);
  bool isStr = bt && (bt->info & IsString);
  llvm::Value *len = nullptr, *base = nullptr;
  Type *elem = nullptr;
  llvm::Type *arrTy = nullptr;
  if (isStr) {
    llvm::Value *sv = emitExpr(s->x);
    base = b.CreateExtractValue(sv, 0);
    len = b.CreateExtractValue(sv, 1);
  } else if (auto *sl = dyn_cast<Slice>(u)) {
    llvm::Value *sv = emitExpr(s->x);
    base = b.CreateExtractValue(sv, 0);
    len = b.CreateExtractValue(sv, 1);
    elem = sl->elem;
  } else if (auto *at = dyn_cast<Array>(u)) {
    elem = at->elem;
    len = b.getInt64(at->len);
    arrTy = llt(at);
    if (wantValue) {
      llvm::Value *v = emitExpr(s->x);
      base = tempAlloca(arrTy, "range.arr");
      b.CreateStore(v, base);
    } else if (!s->x->tv.isConstant() && s->x->tv.mode != Mode::Variable) {
      emitExpr(s->x);
    }
  } else if (auto *pt = dyn_cast<Pointer>(u)) {
    auto *at = cast<Array>(pt->elem->underlying());
    elem = at->elem;
    len = b.getInt64(at->len);
    arrTy = llt(at);
    base = emitExpr(s->x);
    if (wantValue) nilCheck(base);
  } else {
    unsupported() << "golite: codegen: range over " << typeString(xt) << " is not supported yet\n";
    return;
  }
  rv.declare();
  llvm::Value *idx = tempAlloca(intTy(), "range.i");
  b.CreateStore(b.getInt64(0), idx);
  llvm::Value *next = isStr ? tempAlloca(intTy(), "range.next") : nullptr;
  auto *cond = newBlock("range.cond");
  auto *body = newBlock("range.body");
  auto *post = newBlock("range.post");
  auto *exit = newBlock("range.end");
  startBlock(cond);
  llvm::Value *i = b.CreateLoad(intTy(), idx);
  b.CreateCondBr(b.CreateICmpSLT(i, len), body, exit);
  b.SetInsertPoint(body);
  if (isStr) {
    // ASCII fast path inline, runtime.decoderune otherwise.
    llvm::Value *c = b.CreateLoad(b.getInt8Ty(), b.CreateInBoundsGEP(b.getInt8Ty(), base, i));
    auto *ascii = newBlock("rune.ascii");
    auto *multi = newBlock("rune.multi");
    auto *have = newBlock("rune.done");
    b.CreateCondBr(b.CreateICmpULT(c, b.getInt8(0x80)), ascii, multi);
    b.SetInsertPoint(ascii);
    llvm::Value *r1 = b.CreateZExt(c, b.getInt32Ty());
    llvm::Value *n1 = b.CreateAdd(i, b.getInt64(1));
    b.CreateBr(have);
    b.SetInsertPoint(multi);
    llvm::Value *rslot = tempAlloca(b.getInt32Ty(), "rune");
    llvm::Value *n2 = rtcall("decoderune", {base, len, i, rslot});
    llvm::Value *r2 = b.CreateLoad(b.getInt32Ty(), rslot);
    llvm::BasicBlock *multiEnd = b.GetInsertBlock();
    b.CreateBr(have);
    b.SetInsertPoint(have);
    auto *r = b.CreatePHI(b.getInt32Ty(), 2);
    r->addIncoming(r1, ascii);
    r->addIncoming(r2, multiEnd);
    auto *n = b.CreatePHI(intTy(), 2);
    n->addIncoming(n1, ascii);
    n->addIncoming(n2, multiEnd);
    b.CreateStore(n, next);
    rv.assign(s->key, i, tctx.basic(BasicKind::Int));
    if (wantValue) rv.assign(s->value, r, tctx.runeType());
  } else {
    rv.assign(s->key, i, tctx.basic(BasicKind::Int));
    if (wantValue) {
      llvm::Value *p = arrTy ? b.CreateInBoundsGEP(arrTy, base, {b.getInt64(0), i})
                             : b.CreateInBoundsGEP(llt(elem), base, i);
      rv.assign(s->value, b.CreateLoad(llt(elem), p), elem);
    }
  }
  fs->targets[s] = {exit, post};
  fs->breakables.push_back(s);
  fs->loops.push_back(s);
  emitBlock(s->body->list);
  fs->breakables.pop_back();
  fs->loops.pop_back();
  post->moveAfter(b.GetInsertBlock());
  startBlock(post);
  if (isStr)
    b.CreateStore(b.CreateLoad(intTy(), next), idx);
  else
    b.CreateStore(b.CreateAdd(b.CreateLoad(intTy(), idx), b.getInt64(1)), idx);
  emitLoopPoll();
  b.CreateBr(cond);
  exit->moveAfter(b.GetInsertBlock());
  b.SetInsertPoint(exit);
}

//===----------------------------------------------------------------------===//
// switch
//===----------------------------------------------------------------------===//

void CodeGen::emitSwitch(SwitchStmt *s) {
  if (s->init) emitStmt(s->init);
  Type *tagT = s->tag ? s->tag->tv.type : nullptr;
  llvm::Value *tag = s->tag ? emitExpr(s->tag) : nullptr;
  if (tagT)
    if (auto *bt = dyn_cast<Basic>(tagT); bt && (bt->info & IsUntyped))
      tagT = defaultType(tctx, tagT);
  auto &list = s->body->list;
  std::vector<llvm::BasicBlock *> bodies;
  int dflt = -1;
  for (size_t i = 0; i < list.size(); ++i) {
    bodies.push_back(newBlock("case.body"));
    if (cast<CaseClause>(list[i])->isDefault()) dflt = int(i);
  }
  auto *exit = newBlock("switch.end");
  for (size_t i = 0; i < list.size(); ++i) {
    auto *cc = cast<CaseClause>(list[i]);
    for (Expr *e : cc->list) {
      llvm::Value *match;
      if (!tag) {
        match = emitExpr(e);
      } else {
        Type *et = e->tv.type;
        bool enil = et && isa<Basic>(et) && cast<Basic>(et)->basicKind == BasicKind::UntypedNil;
        if (enil) {
          llvm::Value *w = tag;
          Type *tu = tagT->underlying();
          if (isa<Slice>(tu) || isa<Interface>(tu)) w = b.CreateExtractValue(tag, 0);
          match = b.CreateICmpEQ(w, llvm::Constant::getNullValue(w->getType()));
        } else if (isa<Interface>(et->underlying()) && !isa<Interface>(tagT->underlying())) {
          llvm::Value *ev = emitExpr(e);
          match = emitEqual(toIface(tag, tagT, et), ev, et);
        } else {
          llvm::Value *ev = emitExprTo(e, tagT);
          match = emitEqual(tag, ev, tagT);
        }
      }
      auto *next = newBlock("case.next");
      b.CreateCondBr(match, bodies[i], next);
      b.SetInsertPoint(next);
    }
  }
  b.CreateBr(dflt >= 0 ? bodies[dflt] : exit);
  fs->targets[s] = {exit, nullptr};
  fs->breakables.push_back(s);
  llvm::BasicBlock *savedFT = fs->fallthrough;
  for (size_t i = 0; i < list.size(); ++i) {
    bodies[i]->moveAfter(b.GetInsertBlock());
    b.SetInsertPoint(bodies[i]);
    fs->fallthrough = i + 1 < list.size() ? bodies[i + 1] : exit;
    emitBlock(cast<CaseClause>(list[i])->body);
    if (!terminated()) b.CreateBr(exit);
  }
  fs->fallthrough = savedFT;
  fs->breakables.pop_back();
  exit->moveAfter(b.GetInsertBlock());
  b.SetInsertPoint(exit);
}

void CodeGen::emitTypeSwitch(TypeSwitchStmt *s) {
  if (s->init) emitStmt(s->init);
  TypeAssertExpr *ta = nullptr;
  if (auto *as = dyn_cast<AssignStmt>(s->assign))
    ta = cast<TypeAssertExpr>(unparen(as->rhs[0]));
  else
    ta = cast<TypeAssertExpr>(unparen(cast<ExprStmt>(s->assign)->x));
  Type *it = ta->x->tv.type;
  llvm::Value *iv = emitExpr(ta->x);
  llvm::Value *dyn = dynType(iv, it);
  auto &list = s->body->list;
  std::vector<llvm::BasicBlock *> bodies;
  int dflt = -1;
  for (size_t i = 0; i < list.size(); ++i) {
    bodies.push_back(newBlock("tcase.body"));
    if (cast<CaseClause>(list[i])->isDefault()) dflt = int(i);
  }
  auto *exit = newBlock("tswitch.end");
  llvm::Value *nullp = llvm::Constant::getNullValue(ptrTy());
  for (size_t i = 0; i < list.size(); ++i) {
    auto *cc = cast<CaseClause>(list[i]);
    for (Expr *e : cc->list) {
      Type *t = e->tv.type;
      llvm::Value *match;
      auto *eid = dyn_cast<Ident>(unparen(e));
      bool isNil = (eid && isa_and_nonnull<Nil>(eid->obj)) ||
                   (t && isa<Basic>(t) && cast<Basic>(t)->basicKind == BasicKind::UntypedNil);
      if (isNil) {
        match = b.CreateICmpEQ(dyn, nullp);
      } else if (auto *iface = dyn_cast<Interface>(t->underlying())) {
        if (!iface->completed) completeInterface(iface);
        llvm::Value *nonNil = b.CreateICmpNE(dyn, nullp);
        if (iface->allMethods.empty()) {
          match = nonNil;
        } else {
          auto *chk = newBlock("tcase.itab");
          auto *join = newBlock("tcase.join");
          llvm::BasicBlock *from = b.GetInsertBlock();
          b.CreateCondBr(nonNil, chk, join);
          b.SetInsertPoint(chk);
          llvm::Value *tab = rtcall("getitab", {typeDesc(t), dyn, b.getInt1(true)});
          llvm::Value *ok = b.CreateICmpNE(tab, nullp);
          llvm::BasicBlock *chkEnd = b.GetInsertBlock();
          b.CreateBr(join);
          b.SetInsertPoint(join);
          auto *phi = b.CreatePHI(b.getInt1Ty(), 2);
          phi->addIncoming(b.getInt1(false), from);
          phi->addIncoming(ok, chkEnd);
          match = phi;
        }
      } else {
        match = b.CreateICmpEQ(dyn, typeDesc(t));
      }
      auto *next = newBlock("tcase.next");
      b.CreateCondBr(match, bodies[i], next);
      b.SetInsertPoint(next);
    }
  }
  b.CreateBr(dflt >= 0 ? bodies[dflt] : exit);
  fs->targets[s] = {exit, nullptr};
  fs->breakables.push_back(s);
  for (size_t i = 0; i < list.size(); ++i) {
    auto *cc = cast<CaseClause>(list[i]);
    bodies[i]->moveAfter(b.GetInsertBlock());
    b.SetInsertPoint(bodies[i]);
    if (auto *v = dyn_cast_or_null<Var>(cc->implicitObj)) {
      llvm::Value *val;
      Type *vt = v->type;
      if (isa<Interface>(vt->underlying()))
        val = convertImplicit(iv, it, vt);
      else
        val = unboxValue(b.CreateExtractValue(iv, 1), vt);
      llvm::Value *addr = allocVar(v);
      b.CreateStore(val, addr);
    }
    emitBlock(cc->body);
    if (!terminated()) b.CreateBr(exit);
  }
  fs->breakables.pop_back();
  exit->moveAfter(b.GetInsertBlock());
  b.SetInsertPoint(exit);
}
