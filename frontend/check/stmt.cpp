//===- frontend/check/stmt.cpp - Statements -------------------------------===//
//
// This file implements the checking of function bodies and statements
// (go/types stmt.go): one handler per statement kind, block scopes,
// expression and type switches, select, for and range loops, and the
// "declared but not used" and "missing return" checks. Labels and branch
// statements are resolved by labels.cpp, as gc's syntax package does.
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

#include <algorithm>

namespace golite::check {

static bool isInvalidTy(Type *t) {
  auto *b = llvm::dyn_cast_or_null<Basic>(t ? under(t) : nullptr);
  return !t || (b && b->basicKind == BasicKind::Invalid);
}

static Expr *unparenE(Expr *e) {
  for (int i = 0; i < 1000; i++) {
    auto *p = llvm::dyn_cast_or_null<ParenExpr>(e);
    if (!p)
      return e;
    e = p->x;
  }
  return e;
}

void Checker::funcBody(Func *f, FuncLit *lit, Signature *sig, BlockStmt *body, Scope *fscope) {
  FuncState st;
  st.func = f;
  st.sig = sig;
  st.scope = fscope;
  st.lit = lit;
  FuncState *savedFs = fs;
  Scope *savedScope = scope;
  constant::VP savedIota = iota;
  bool savedCall = hasCallOrRecv;
  fs = &st;
  scope = fscope;
  iota = nullptr;
  if (fscope)
    fscope->end = body->end();
  stmtList(0, body->list);
  labels(body);
  if (sig->results && sig->results->size() > 0 && !isTerminatingList(body->list, ""))
    error(body->rbrace, "missing return");
  usage(fscope);
  fs = savedFs;
  scope = savedScope;
  iota = savedIota;
  hasCallOrRecv = savedCall;
}

void Checker::usage(Scope *s) {
  if (!s)
    return;
  std::vector<Var *> unused;
  for (Object *o : s->objects)
    if (auto *v = llvm::dyn_cast<Var>(o); v && !v->used && !v->isParam && !v->isGlobal)
      unused.push_back(v);
  std::sort(unused.begin(), unused.end(), [](Var *a, Var *b) { return a->pos < b->pos; });
  for (Var *v : unused)
    softError(v->pos, v->name + " declared but not used");
  for (Scope *c : s->children)
    if (!c->isFunc)
      usage(c);
}

void Checker::openScope(Node *n, const char *what) {
  scope = newScope(scope, n ? n->pos() : NoPos, n ? n->end() : NoPos, what);
}

void Checker::closeScope() {
  if (scope && scope->parent)
    scope = scope->parent;
}

void Checker::stmtList(unsigned ctx, const std::vector<Stmt *> &list) {
  bool ok = ctx & FallthroughOk;
  unsigned inner = ctx & ~(FallthroughOk | FinalSwitchCase);
  // Trailing empty statements do not count for fallthrough.
  size_t n = list.size();
  while (n > 0 && llvm::isa<EmptyStmt>(list[n - 1]))
    n--;
  for (size_t i = 0; i < list.size(); i++) {
    unsigned c = inner;
    if (ok && i + 1 == n)
      c |= FallthroughOk;
    if (i + 1 == n)
      c |= (ctx & FinalSwitchCase);
    stmt(c, list[i]);
  }
}

void Checker::simpleStmt(Stmt *s) {
  if (s)
    stmt(0, s);
}

void Checker::stmt(unsigned ctx, Stmt *s) {
  if (!s)
    return;
  if (++depth > 2000) {
    --depth;
    error(s->pos(), "statement nested too deeply");
    return;
  }
  size_t top = delayed.size();
  unsigned inner = ctx & ~(FallthroughOk | FinalSwitchCase);
  switch (s->kind()) {
  case NodeKind::BadStmt:
  case NodeKind::EmptyStmt: break;
  case NodeKind::DeclStmt:
    if (auto *g = llvm::dyn_cast_or_null<GenDecl>(llvm::cast<DeclStmt>(s)->decl))
      localDecl(g);
    break;
  case NodeKind::LabeledStmt: labeledStmt(ctx, llvm::cast<LabeledStmt>(s)); break;
  case NodeKind::ExprStmt: exprStmt(llvm::cast<ExprStmt>(s)); break;
  case NodeKind::SendStmt: sendStmt(llvm::cast<SendStmt>(s)); break;
  case NodeKind::IncDecStmt: incDecStmt(llvm::cast<IncDecStmt>(s)); break;
  case NodeKind::AssignStmt: assignStmt(llvm::cast<AssignStmt>(s)); break;
  case NodeKind::GoStmt: goDeferStmt(llvm::cast<GoStmt>(s)->call, "go"); break;
  case NodeKind::DeferStmt:
    if (fs && fs->func && !fs->lit)
      fs->func->hasDefer = true;
    goDeferStmt(llvm::cast<DeferStmt>(s)->call, "defer");
    break;
  case NodeKind::ReturnStmt: returnStmt(llvm::cast<ReturnStmt>(s)); break;
  case NodeKind::BranchStmt: branchStmt(ctx, llvm::cast<BranchStmt>(s)); break;
  case NodeKind::BlockStmt: blockStmt(inner, llvm::cast<BlockStmt>(s)); break;
  case NodeKind::IfStmt: ifStmt(inner, llvm::cast<IfStmt>(s)); break;
  case NodeKind::SwitchStmt: switchStmt(inner, llvm::cast<SwitchStmt>(s)); break;
  case NodeKind::TypeSwitchStmt: typeSwitchStmt(inner, llvm::cast<TypeSwitchStmt>(s)); break;
  case NodeKind::SelectStmt: selectStmt(inner, llvm::cast<SelectStmt>(s)); break;
  case NodeKind::ForStmt: forStmt(inner, llvm::cast<ForStmt>(s)); break;
  case NodeKind::RangeStmt: rangeStmt(inner, llvm::cast<RangeStmt>(s)); break;
  default: error(s->pos(), "invalid statement"); break;
  }
  // Function literals of this statement are checked before scopes change.
  processDelayed(top);
  --depth;
}

void Checker::labeledStmt(unsigned ctx, LabeledStmt *s) { stmt(ctx, s->stmt); }

void Checker::branchStmt(unsigned, BranchStmt *) {
  // Targets and misplaced branches are handled by labels() (gc's syntax
  // package does this before type checking).
}

void Checker::blockStmt(unsigned ctx, BlockStmt *s) {
  openScope(s, "block");
  stmtList(ctx, s->list);
  closeScope();
}

/// Whether a call or receive expression may stand alone as a statement.
static bool isStatementExpr(Expr *e, bool &isConversion) {
  isConversion = false;
  e = unparenE(e);
  if (auto *u = llvm::dyn_cast<UnaryExpr>(e))
    return u->op == Tok::Arrow;
  auto *call = llvm::dyn_cast<CallExpr>(e);
  if (!call)
    return false;
  Expr *fun = unparenE(call->fun);
  if (fun->tv.mode == Mode::TypeExpr) {
    isConversion = true;
    return false;
  }
  if (fun->tv.mode == Mode::Builtin) {
    Object *o = nullptr;
    if (auto *id = llvm::dyn_cast<Ident>(fun))
      o = id->obj;
    else if (auto *sel = llvm::dyn_cast<SelectorExpr>(fun))
      o = sel->sel->obj;
    if (auto *b = llvm::dyn_cast_or_null<Builtin>(o)) {
      switch (b->id) {
      case BuiltinId::Close:
      case BuiltinId::Copy:
      case BuiltinId::Delete:
      case BuiltinId::Panic:
      case BuiltinId::Print:
      case BuiltinId::Println:
      case BuiltinId::Recover: return true;
      default: return false;
      }
    }
  }
  return true;
}

void Checker::exprStmt(ExprStmt *s) {
  Operand x;
  rawExpr(x, s->x, nullptr, false);
  std::string msg;
  switch (x.mode) {
  case Mode::Invalid: return;
  case Mode::Builtin: msg = "must be called"; break;
  case Mode::TypeExpr: msg = "is not an expression"; break;
  default: {
    bool conv = false;
    if (isStatementExpr(s->x, conv))
      return;
    msg = "is not used";
    break;
  }
  }
  error(spos(x.expr), str(x) + " " + msg);
}

void Checker::sendStmt(SendStmt *s) {
  Operand ch, val;
  expr(ch, s->chan);
  expr(val, s->value);
  if (ch.mode == Mode::Invalid || val.mode == Mode::Invalid)
    return;
  auto *c = llvm::dyn_cast<Chan>(under(ch.type));
  if (!c) {
    invalidOp(s->pos(), "cannot send to non-channel " + str(ch));
    return;
  }
  if (c->dir == ChanRecv) {
    invalidOp(s->pos(), "cannot send to receive-only channel " + str(ch));
    return;
  }
  assignment(val, c->elem, "send");
}

void Checker::incDecStmt(IncDecStmt *s) {
  Operand x;
  expr(x, s->x);
  if (x.mode == Mode::Invalid)
    return;
  if (!isNumeric(x.type)) {
    std::string op(tokString(s->tok));
    invalidOp(s->x->pos(), str(s->x) + op + " (non-numeric type " + str(x.type) + ")");
    return;
  }
  assignVar(s->x, x);
}

static Tok opAssignToOp(Tok t) {
  switch (t) {
  case Tok::AddAssign: return Tok::Add;
  case Tok::SubAssign: return Tok::Sub;
  case Tok::MulAssign: return Tok::Mul;
  case Tok::QuoAssign: return Tok::Quo;
  case Tok::RemAssign: return Tok::Rem;
  case Tok::AndAssign: return Tok::And;
  case Tok::OrAssign: return Tok::Or;
  case Tok::XorAssign: return Tok::Xor;
  case Tok::ShlAssign: return Tok::Shl;
  case Tok::ShrAssign: return Tok::Shr;
  case Tok::AndNotAssign: return Tok::AndNot;
  default: return Tok::Illegal;
  }
}

void Checker::assignStmt(AssignStmt *s) {
  if (s->lhs.empty() || s->rhs.empty())
    return;
  if (s->tok == Tok::Assign) {
    assignVars(s->lhs, s->rhs);
    return;
  }
  if (s->tok == Tok::Define) {
    shortVarDecl(s);
    return;
  }
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    error(s->tokPos, "assignment operation " + std::string(tokString(s->tok)) +
                         " requires single-valued expressions");
    return;
  }
  Tok op = opAssignToOp(s->tok);
  if (op == Tok::Illegal) {
    error(s->tokPos, "unknown assignment operator");
    return;
  }
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], op, s->tokPos);
  if (x.mode != Mode::Invalid && !x.expr)
    x.expr = s->lhs[0];
  assignVar(s->lhs[0], x);
}

void Checker::goDeferStmt(CallExpr *call, const char *what) {
  if (!call)
    return;
  Operand x;
  rawExpr(x, call, nullptr, false);
  if (x.mode == Mode::Invalid)
    return;
  bool conv = false;
  if (isStatementExpr(call, conv))
    return;
  std::string msg = conv ? "requires function call, not conversion" : "discards result of";
  error(call->pos(), std::string(what) + " " + msg + " " + str(x));
}

void Checker::returnStmt(ReturnStmt *s) {
  if (!fs || !fs->sig)
    return;
  Tuple *res = fs->sig->results;
  if (s->results.empty() && res->size() > 0 && !res->vars[0]->name.empty()) {
    for (Var *v : res->vars) {
      Object *alt = scope->lookupParent(v->name);
      if (alt && alt != v) {
        error(s->pos(), "result parameter " + v->name + " not in scope at return\n\t" +
                            posString(alt->pos) + ": inner declaration of " +
                            (llvm::isa<Var>(alt) ? "var " : "") + alt->name + " " +
                            str(alt->type));
      }
    }
    return;
  }
  if (!s->results.empty() || res->size() > 0) {
    std::vector<Var *> lhs(res->vars.begin(), res->vars.end());
    // Result variables must keep their "used" state: initVars may set it.
    std::vector<bool> used;
    for (Var *v : lhs)
      used.push_back(v->used);
    initVars(lhs, s->results, s->pos());
    for (size_t i = 0; i < lhs.size(); i++)
      lhs[i]->used = used[i];
  }
}

void Checker::condition(Expr *cond, const char *what) {
  if (!cond)
    return;
  Operand x;
  expr(x, cond);
  if (x.mode != Mode::Invalid && !isBoolean(x.type))
    error(cond->pos(), std::string("non-boolean condition in ") + what + " statement");
}

void Checker::ifStmt(unsigned ctx, IfStmt *s) {
  openScope(s, "if");
  simpleStmt(s->init);
  condition(s->cond, "if");
  if (s->body)
    blockStmt(ctx, s->body);
  if (s->els) {
    if (llvm::isa<IfStmt>(s->els) || llvm::isa<BlockStmt>(s->els))
      stmt(ctx, s->els);
    else
      error(s->els->pos(), "invalid else branch in if statement");
  }
  closeScope();
}

static void multipleDefaults(Checker &c, BlockStmt *body) {
  Stmt *first = nullptr;
  for (Stmt *s : body->list) {
    bool isDefault = false;
    if (auto *cc = llvm::dyn_cast<CaseClause>(s))
      isDefault = cc->isDefault();
    else if (auto *cc = llvm::dyn_cast<CommClause>(s))
      isDefault = cc->comm == nullptr;
    if (!isDefault)
      continue;
    if (first)
      c.error(s->pos(), "multiple defaults (first at " + c.posString(first->pos()) + ")");
    else
      first = s;
  }
}

void Checker::switchStmt(unsigned ctx, SwitchStmt *s) {
  openScope(s, "switch");
  simpleStmt(s->init);
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (x.mode != Mode::Invalid && !comparable(x.type) && !hasNil(x.type)) {
      error(spos(x.expr), "cannot switch on " + str(x) + " (" + str(x.type) +
                               " is not comparable)");
      x.mode = Mode::Invalid;
    }
  } else {
    Pos pos = s->body->list.empty() ? s->body->rbrace : s->body->list[0]->pos();
    synthetic.push_back(std::make_unique<Ident>(pos, "true"));
    Ident *t = synthetic.back().get();
    x.mode = Mode::Constant;
    x.type = tctx.basic(BasicKind::Bool);
    x.val = constant::makeBool(true);
    x.expr = t;
  }
  multipleDefaults(*this, s->body);
  std::vector<std::pair<Operand, Pos>> seen;
  size_t n = s->body->list.size();
  for (size_t i = 0; i < n; i++) {
    auto *clause = llvm::dyn_cast<CaseClause>(s->body->list[i]);
    if (!clause) {
      error(s->body->list[i]->pos(), "incorrect expression switch case");
      continue;
    }
    unsigned inner = ctx | BreakOk;
    if (i + 1 < n)
      inner |= FallthroughOk;
    else
      inner |= FinalSwitchCase;
    caseValues(x, clause->list, seen);
    openScope(clause, "case");
    stmtList(inner, clause->body);
    closeScope();
  }
  closeScope();
}

void Checker::caseValues(Operand &x, const std::vector<Expr *> &values,
                         std::vector<std::pair<Operand, Pos>> &seen) {
  for (Expr *e : values) {
    Operand v;
    expr(v, e);
    if (x.mode == Mode::Invalid || v.mode == Mode::Invalid)
      continue;
    convertUntyped(v, x.type);
    if (v.mode == Mode::Invalid)
      continue;
    Operand res = v;
    Operand tag = x;
    comparison(res, tag, Tok::Eql, nullptr);
    if (res.mode == Mode::Invalid)
      continue;
    if (v.mode != Mode::Constant || !v.val || v.val->kind() == constant::Kind::Unknown)
      continue;
    // gc only checks duplicates for integer (fitting 64 bits), float and
    // string values.
    auto goVal = [](constant::VP c) {
      switch (c->kind()) {
      case constant::Kind::Int:
        return constant::int64Val(c).has_value() || constant::uint64Val(c).has_value();
      case constant::Kind::Float:
      case constant::Kind::String: return true;
      default: return false;
      }
    };
    if (!goVal(v.val))
      continue;
    bool dup = false;
    for (auto &[o, pos] : seen) {
      if (!identical(o.type, v.type))
        continue;
      constant::VP a = o.val, b = v.val;
      if (a->kind() != b->kind())
        continue;
      if (constant::compare(a, Tok::Eql, b)) {
        error(spos(v.expr), "duplicate case " + str(v) + " in expression switch\n\t" +
                                 posString(pos) + ": previous case");
        dup = true;
        break;
      }
    }
    if (!dup)
      seen.push_back({v, npos(v.expr)});
  }
}

static bool isNilExpr(Expr *e) {
  auto *id = llvm::dyn_cast<Ident>(unparenE(e));
  return id && id->name == "nil" && llvm::isa_and_nonnull<Nil>(id->obj);
}

Type *Checker::caseTypes(Operand &x, Interface *xtyp, const std::vector<Expr *> &types,
                         std::vector<std::pair<Type *, Pos>> &seen) {
  Type *T = nullptr;
  for (Expr *e : types) {
    Expr *ue = unparenE(e);
    auto *id = llvm::dyn_cast<Ident>(ue);
    bool nilCase = false;
    if (id && id->name == "nil") {
      Object *o = scope->lookupParent("nil");
      nilCase = o && llvm::isa<Nil>(o);
    }
    if (nilCase) {
      T = nullptr;
      Operand dummy;
      expr(dummy, e);
    } else {
      T = varType(e);
      if (isInvalidTy(T))
        continue;
    }
    bool dup = false;
    for (auto &[t, pos] : seen) {
      if ((!T && !t) || (T && t && identical(T, t))) {
        std::string ts = T ? str(T) : "nil";
        error(spos(e), "duplicate case " + ts + " in type switch\n\t" + posString(pos) +
                           ": previous case");
        dup = true;
        break;
      }
    }
    if (dup)
      continue;
    seen.push_back({T, spos(e)});
    if (xtyp && T && !isInterface(T)) {
      Func *alt = nullptr;
      Func *m = missingMethodAlt(T, xtyp, false, &alt);
      if (m)
        error(spos(e), "impossible type switch case: " + str(e) + "\n\t" + str(x) +
                            " cannot have dynamic type " + str(T) + " " +
                            missingMethodReason(T, x.type, m, alt));
    }
  }
  (void)isNilExpr;
  return T;
}

void Checker::typeSwitchStmt(unsigned ctx, TypeSwitchStmt *s) {
  openScope(s, "type switch");
  simpleStmt(s->init);
  Ident *lhs = nullptr;
  TypeAssertExpr *guard = nullptr;
  if (auto *as = llvm::dyn_cast_or_null<AssignStmt>(s->assign)) {
    if (!as->lhs.empty())
      lhs = llvm::dyn_cast<Ident>(as->lhs[0]);
    if (!as->rhs.empty())
      guard = llvm::dyn_cast<TypeAssertExpr>(unparenE(as->rhs[0]));
    as->isNew.assign(as->lhs.size(), true);
  } else if (auto *es = llvm::dyn_cast_or_null<ExprStmt>(s->assign)) {
    guard = llvm::dyn_cast<TypeAssertExpr>(unparenE(es->x));
  }
  if (!guard) {
    error(s->pos(), "incorrect type switch guard");
    closeScope();
    return;
  }
  if (lhs && lhs->name == "_") {
    softError(lhs->pos(), "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  expr(x, guard->x);
  if (x.mode == Mode::Invalid) {
    closeScope();
    return;
  }
  guard->tv.mode = Mode::Value;
  guard->tv.type = x.type;
  Interface *xtyp = llvm::dyn_cast<Interface>(under(x.type));
  if (!xtyp)
    error(spos(x.expr), str(x) + " is not an interface");
  multipleDefaults(*this, s->body);
  std::vector<Var *> lhsVars;
  std::vector<std::pair<Type *, Pos>> seen;
  for (Stmt *st : s->body->list) {
    auto *clause = llvm::dyn_cast<CaseClause>(st);
    if (!clause) {
      error(st->pos(), "incorrect type switch case");
      continue;
    }
    Type *T = caseTypes(x, xtyp, clause->list, seen);
    openScope(clause, "case");
    if (lhs) {
      if (clause->list.size() != 1 || !T)
        T = x.type;
      auto *obj = tctx.make<Var>(lhs->pos(), pkg, lhs->name, T);
      obj->owner = fs ? fs->func : nullptr;
      varLit[obj] = litStack.empty() ? nullptr : litStack.back();
      declare(scope, nullptr, obj);
      clause->implicitObj = obj;
      lhsVars.push_back(obj);
    }
    stmtList(ctx | BreakOk, clause->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var *v : lhsVars) {
      used |= v->used;
      v->used = true;
    }
    if (!used)
      softError(lhs->pos(), lhs->name + " declared but not used");
    // Ident::obj of the symbol: the first clause's variable (go/types
    // records nil; codegen uses CaseClause::implicitObj).
    if (!lhsVars.empty())
      lhs->obj = lhsVars[0];
  }
  closeScope();
}

void Checker::selectStmt(unsigned ctx, SelectStmt *s) {
  multipleDefaults(*this, s->body);
  for (Stmt *st : s->body->list) {
    auto *clause = llvm::dyn_cast<CommClause>(st);
    if (!clause)
      continue;
    bool valid = false;
    Expr *rhs = nullptr;
    Stmt *comm = clause->comm;
    if (!comm || llvm::isa<SendStmt>(comm))
      valid = true;
    else if (auto *as = llvm::dyn_cast<AssignStmt>(comm)) {
      if (as->rhs.size() == 1)
        rhs = as->rhs[0];
    } else if (auto *es = llvm::dyn_cast<ExprStmt>(comm)) {
      rhs = es->x;
    }
    if (rhs) {
      auto *u = llvm::dyn_cast<UnaryExpr>(unparenE(rhs));
      if (u && u->op == Tok::Arrow)
        valid = true;
    }
    if (!valid) {
      Pos at = comm->pos();
      if (auto *es = llvm::dyn_cast<ExprStmt>(comm))
        at = npos(es->x);
      else if (auto *as = llvm::dyn_cast<AssignStmt>(comm))
        at = as->tokPos;
      error(at, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    openScope(clause, "case");
    if (comm)
      stmt(0, comm);
    stmtList(ctx | BreakOk, clause->body);
    closeScope();
  }
}

void Checker::forStmt(unsigned ctx, ForStmt *s) {
  openScope(s, "for");
  simpleStmt(s->init);
  condition(s->cond, "for");
  simpleStmt(s->post);
  if (s->body)
    blockStmt(ctx | BreakOk | ContinueOk, s->body);
  closeScope();
}

void Checker::rangeStmt(unsigned ctx, RangeStmt *s) {
  Operand x;
  expr(x, s->x);
  Type *key = nullptr, *val = nullptr;
  if (x.mode != Mode::Invalid) {
    std::string cause;
    Type *u = under(x.type);
    if (auto *p = llvm::dyn_cast<Pointer>(u))
      if (llvm::isa<Array>(under(p->elem)))
        u = under(p->elem);
    if (auto *b = llvm::dyn_cast<Basic>(u)) {
      if (b->info & IsString) {
        key = tctx.basic(BasicKind::Int);
        val = tctx.runeType();
      }
    } else if (auto *a = llvm::dyn_cast<Array>(u)) {
      key = tctx.basic(BasicKind::Int);
      val = a->elem;
    } else if (auto *sl = llvm::dyn_cast<Slice>(u)) {
      key = tctx.basic(BasicKind::Int);
      val = sl->elem;
    } else if (auto *m = llvm::dyn_cast<Map>(u)) {
      key = m->key;
      val = m->elem;
    } else if (auto *c = llvm::dyn_cast<Chan>(u)) {
      if (s->value)
        softError(s->value->pos(), "range over " + str(x) + " permits only one iteration variable");
      if (c->dir == ChanSend)
        cause = "receive from send-only channel";
      key = c->elem;
      val = tctx.basic(BasicKind::Invalid);
    }
    if (!key || !cause.empty()) {
      if (cause.empty())
        softError(spos(x.expr), "cannot range over " + str(x));
      else
        softError(spos(x.expr), "cannot range over " + str(x) + " (" + cause + ")");
    }
    // Untyped string constants are ranged over as strings.
    if (key && isUntyped(x.type))
      convertUntyped(x, defaultType(tctx, x.type));
  }
  openScope(s, "range");
  Expr *lhs[2] = {s->key, s->value};
  Type *rhs[2] = {key, val};
  if (s->tok == Tok::Define) {
    std::vector<Var *> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i])
        continue;
      Var *obj;
      if (auto *id = llvm::dyn_cast<Ident>(lhs[i])) {
        obj = tctx.make<Var>(id->pos(), pkg, id->name, nullptr);
        obj->owner = fs ? fs->func : nullptr;
        varLit[obj] = litStack.empty() ? nullptr : litStack.back();
        recordDef(id, obj);
        if (id->name != "_")
          vars.push_back(obj);
      } else {
        error(lhs[i]->pos(), "cannot declare " + str(lhs[i]));
        obj = tctx.make<Var>(lhs[i]->pos(), pkg, "_", nullptr);
      }
      if (rhs[i]) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        initVar(obj, v, "range clause");
      } else {
        obj->type = tctx.basic(BasicKind::Invalid);
        obj->used = true;
      }
      lhs[i]->tv.mode = Mode::Variable;
      lhs[i]->tv.type = obj->type;
    }
    if (!vars.empty()) {
      for (Var *v : vars)
        declare(scope, nullptr, v);
    } else {
      error(s->pos(), "no new variables on left side of :=");
    }
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i])
        continue;
      Operand v;
      v.mode = Mode::Value;
      v.expr = lhs[i];
      v.type = rhs[i];
      assignVar(lhs[i], v);
    }
  }
  if (s->body)
    blockStmt(ctx | BreakOk | ContinueOk, s->body);
  closeScope();
}

} // namespace golite::check
