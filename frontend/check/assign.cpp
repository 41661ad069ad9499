//===- frontend/check/assign.cpp - Assignability and assignments ----------===//
//
// This file implements assignability (operand.go's assignableTo, with the
// interface implementation check), the assignment of a value to a typed
// destination with implicit conversion of untyped values, and the
// statement forms built on it: variable initialization, assignments,
// tuple assignments with comma-ok forms, short variable declarations and
// return values (go/types assignments.go).
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

namespace golite::check {

static bool isInvalid(Type *t) {
  auto *b = llvm::dyn_cast_or_null<Basic>(t ? under(t) : nullptr);
  return !t || (b && b->basicKind == BasicKind::Invalid);
}

static bool hasName(Type *t) { return llvm::isa<Basic>(t) || llvm::isa<Named>(t); }

std::string Checker::funcString(Func *f) {
  std::string s = f->name;
  auto *sig = llvm::dyn_cast_or_null<Signature>(f->type);
  if (!sig)
    return s;
  auto *plain = tctx.make<Signature>(nullptr, sig->params, sig->results, sig->variadic);
  std::string t = str(plain); // "func(...) ..."
  return s + t.substr(4);
}

std::string Checker::missingMethodReason(Type *V, Type *T, Func *m, Func *alt) {
  std::string mname = m->name + " method";
  if (alt) {
    if (alt->name != m->name)
      return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " +
             funcString(m);
    auto *as = alt->sig(), *ms = m->sig();
    bool same = as->variadic == ms->variadic && identical(as->params, ms->params) &&
                identical(as->results, ms->results);
    if (same)
      return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " +
           funcString(m);
  }
  auto isIfacePtr = [](Type *t) {
    auto *p = llvm::dyn_cast<Pointer>(under(t));
    return p && isInterface(p->elem);
  };
  if (isIfacePtr(V))
    return "(type " + str(V) + " is pointer to interface, not interface)";
  if (isIfacePtr(T))
    return "(type " + str(T) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

/// go/types implements(): empty string if V implements T, else the cause.
static std::string implementsCause(Checker &c, Type *V, Type *T) {
  if (isInvalid(V) || isInvalid(T))
    return "";
  if (auto *p = llvm::dyn_cast<Pointer>(under(V)))
    if (isInvalid(p->elem))
      return "";
  auto *Ti = llvm::dyn_cast<Interface>(under(T));
  if (!Ti) {
    auto *p = llvm::dyn_cast<Pointer>(under(T));
    std::string cause = p && isInterface(p->elem)
                            ? "type " + c.str(T) + " is pointer to interface, not interface"
                            : c.str(T) + " is not an interface";
    return c.str(V) + " does not implement " + c.str(T) + " (" + cause + ")";
  }
  completeInterface(Ti);
  if (Ti->allMethods.empty())
    return "";
  Func *alt = nullptr;
  Func *m = missingMethodAlt(V, Ti, true, &alt);
  if (m)
    return c.str(V) + " does not implement " + c.str(T) + " " +
           c.missingMethodReason(V, T, m, alt);
  return "";
}

bool Checker::assignableTo(Operand &x, Type *T, std::string *cause) {
  if (x.mode == Mode::Invalid || isInvalid(T))
    return true;
  Type *V = x.type;
  if (isInvalid(V))
    return true;
  if (identical(V, T))
    return true;
  Type *Vu = under(V), *Tu = under(T);
  if (isUntyped(Vu)) {
    Type *nt;
    constant::VP v;
    int code;
    return implicitTypeAndValue(x, T, nt, v, code);
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)))
    return true;
  auto *tp = llvm::dyn_cast<Pointer>(Tu);
  if (llvm::isa<Interface>(Tu) || (tp && isInterface(tp->elem))) {
    std::string c = implementsCause(*this, V, T);
    if (!c.empty()) {
      if (cause)
        *cause = c;
      return false;
    }
    return true;
  }
  if (llvm::isa<Interface>(Vu)) {
    if (implementsCause(*this, T, V).empty()) {
      if (cause)
        *cause = "need type assertion";
      return false;
    }
  }
  if (auto *vc = llvm::dyn_cast<Chan>(Vu); vc && vc->dir == ChanBoth)
    if (auto *tc = llvm::dyn_cast<Chan>(Tu); tc && identical(vc->elem, tc->elem))
      return !hasName(V) || !hasName(T);
  return false;
}

void Checker::assignment(Operand &x, Type *T, const std::string &context) {
  singleValue(x);
  switch (x.mode) {
  case Mode::Invalid: return;
  case Mode::Constant:
  case Mode::Variable:
  case Mode::MapIndex:
  case Mode::Value:
  case Mode::CommaOk: break;
  default:
    error(spos(x.expr), "cannot assign " + str(x) + " to " + str(T) + " in " + context);
    x.mode = Mode::Invalid;
    return;
  }
  if (isUntyped(x.type)) {
    Type *target = T;
    if (x.isNil()) {
      if (!T) {
        error(spos(x.expr), "use of untyped nil in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!T || isInterface(T)) {
      target = defaultType(tctx, x.type);
    }
    Type *newType = nullptr;
    constant::VP val = nullptr;
    int code = 0;
    if (!implicitTypeAndValue(x, target, newType, val, code)) {
      std::string msg = "cannot use " + str(x) + " as " + str(target) + " value in " + context;
      if (code == 2)
        msg += " (truncated)";
      else if (code == 3)
        msg += " (overflows)";
      error(spos(x.expr), msg);
      x.mode = Mode::Invalid;
      return;
    }
    if (val) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
      x.type = newType;
      updateExprType(x.expr, newType, false);
    }
  }
  if (!T)
    return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    if (!reason.empty())
      error(spos(x.expr), "cannot use " + str(x) + " as type " + str(T) + " in " + context +
                               ":\n\t" + reason);
    else
      error(spos(x.expr), "cannot use " + str(x) + " as type " + str(T) + " in " + context);
    x.mode = Mode::Invalid;
  }
}

void Checker::initConst(Const *lhs, Operand &x) {
  if (x.mode == Mode::Invalid || isInvalid(x.type) || (lhs->type && isInvalid(lhs->type))) {
    if (!lhs->type)
      lhs->type = tctx.basic(BasicKind::Invalid);
    if (!lhs->value)
      lhs->value = constant::makeUnknown();
    return;
  }
  if (x.mode != Mode::Constant) {
    error(spos(x.expr), str(x) + " is not constant");
    if (!lhs->type)
      lhs->type = tctx.basic(BasicKind::Invalid);
    lhs->value = constant::makeUnknown();
    return;
  }
  if (!lhs->type)
    lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.mode == Mode::Invalid) {
    lhs->value = constant::makeUnknown();
    return;
  }
  lhs->value = x.val;
}

Type *Checker::initVar(Var *lhs, Operand &x, const std::string &context) {
  if (x.mode == Mode::Invalid || isInvalid(x.type) || (lhs->type && isInvalid(lhs->type))) {
    if (!lhs->type)
      lhs->type = tctx.basic(BasicKind::Invalid);
    lhs->used = true; // avoid follow-on "declared but not used" errors
    return nullptr;
  }
  if (!lhs->type) {
    Type *typ = x.type;
    if (isUntyped(typ)) {
      if (x.isNil()) {
        error(spos(x.expr), "use of untyped nil in " + context);
        lhs->type = tctx.basic(BasicKind::Invalid);
        return nullptr;
      }
      typ = defaultType(tctx, typ);
    }
    lhs->type = typ;
  }
  assignment(x, lhs->type, context);
  if (x.mode == Mode::Invalid) {
    lhs->used = true;
    return nullptr;
  }
  return x.type;
}

static Expr *unparenExpr(Expr *e) {
  for (int i = 0; i < 1000; i++) {
    auto *p = llvm::dyn_cast_or_null<ParenExpr>(e);
    if (!p)
      return e;
    e = p->x;
  }
  return e;
}

Type *Checker::lhsVar(Expr *lhs) {
  auto *ident = llvm::dyn_cast<Ident>(unparenExpr(lhs));
  if (ident && ident->name == "_") {
    recordDef(ident, nullptr);
    return nullptr;
  }
  Var *v = nullptr;
  bool vUsed = false;
  if (ident && scope)
    if (auto *w = llvm::dyn_cast_or_null<Var>(scope->lookupParent(ident->name)); w && w->pkg == pkg) {
      v = w;
      vUsed = v->used;
    }
  Operand z;
  expr(z, lhs);
  if (v)
    v->used = vUsed;
  if (z.mode == Mode::Invalid || isInvalid(z.type))
    return tctx.basic(BasicKind::Invalid);
  switch (z.mode) {
  case Mode::Variable:
  case Mode::MapIndex: break;
  default:
    if (auto *sel = llvm::dyn_cast<SelectorExpr>(unparenExpr(z.expr))) {
      if (sel->x->tv.mode == Mode::MapIndex) {
        error(spos(z.expr), "cannot assign to struct field " + str(z.expr) + " in map");
        return tctx.basic(BasicKind::Invalid);
      }
    }
    error(spos(z.expr), "cannot assign to " + str(z));
    return tctx.basic(BasicKind::Invalid);
  }
  return z.type;
}

Type *Checker::assignVar(Expr *lhs, Operand &x) {
  if (x.mode == Mode::Invalid || isInvalid(x.type)) {
    useExpr(lhs);
    return nullptr;
  }
  auto *ident = llvm::dyn_cast<Ident>(unparenExpr(lhs));
  if (ident && ident->name == "_") {
    recordDef(ident, nullptr);
    assignment(x, nullptr, "assignment to _ identifier");
    return x.mode == Mode::Invalid ? nullptr : x.type;
  }
  Type *T = lhsVar(lhs);
  if (!T || isInvalid(T))
    return nullptr;
  assignment(x, T, "assignment");
  return x.mode == Mode::Invalid ? nullptr : x.type;
}

void Checker::assignError(const std::vector<Expr *> &rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t n, const char *unit) {
    return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
  };
  std::string vars = measure(nvars, "variable"), vals = measure(nvals, "value");
  Expr *r0 = rhs[0];
  if (rhs.size() == 1)
    if (auto *call = llvm::dyn_cast<CallExpr>(unparenExpr(r0))) {
      error(r0->pos(), "assignment mismatch: " + vars + " but " + str(call->fun) + " returns " +
                           vals);
      return;
    }
  error(r0->pos(), "assignment mismatch: " + vars + " but " + vals);
}

/// Records the (T, bool) tuple type on a comma-ok expression used in a
/// two-value context.
static void recordCommaOk(Checker &c, Expr *e, Type *a0, Type *a1) {
  if (!a0 || !a1)
    return;
  auto *v0 = c.tctx.make<Var>(NoPos, nullptr, "", a0);
  auto *v1 = c.tctx.make<Var>(NoPos, nullptr, "", a1);
  Tuple *t = c.tctx.newTuple({v0, v1});
  for (int i = 0; e && i < 1000; i++) {
    e->tv.type = t;
    e->tv.mode = Mode::CommaOk;
    auto *p = llvm::dyn_cast<ParenExpr>(e);
    if (!p)
      break;
    e = p->x;
  }
}

static void exprList(Checker &c, std::vector<Operand> &out, const std::vector<Expr *> &es,
                     bool allowCommaOk, bool &commaOk) {
  commaOk = false;
  out.clear();
  if (es.size() == 1) {
    c.multiExpr(out, es[0], allowCommaOk);
    commaOk = allowCommaOk && out.size() == 2 &&
              (es[0]->tv.mode == Mode::CommaOk || es[0]->tv.mode == Mode::MapIndex);
    return;
  }
  for (Expr *e : es) {
    Operand x;
    c.expr(x, e);
    out.push_back(x);
  }
}

void Checker::returnError(Pos at, const std::vector<Expr *> &, const std::vector<Var *> &lhs,
                          const std::vector<Operand> *vals) {
  std::string q = vals->size() > lhs.size() ? "too many" : "not enough";
  if (vals->size() > lhs.size())
    at = spos((*vals)[lhs.size()].expr);
  else if (!vals->empty())
    at = spos(vals->back().expr);
  std::vector<Type *> have, want;
  for (auto &o : *vals)
    have.push_back(o.type);
  for (Var *v : lhs)
    want.push_back(v->type);
  error(at, q + " return values\n\thave " + typesSummary(have, false) + "\n\twant " +
                typesSummary(want, false));
}

void Checker::initVars(const std::vector<Var *> &lhs, const std::vector<Expr *> &orig,
                       Pos returnPos) {
  bool commaOk = false;
  std::vector<Operand> rhs;
  exprList(*this, rhs, orig, lhs.size() == 2 && returnPos == NoPos, commaOk);
  if (lhs.size() != rhs.size()) {
    for (Var *v : lhs) {
      v->used = true;
      if (!v->type)
        v->type = tctx.basic(BasicKind::Invalid);
    }
    for (auto &x : rhs)
      if (x.mode == Mode::Invalid)
        return;
    if (returnPos != NoPos) {
      returnError(returnPos, orig, lhs, &rhs);
      return;
    }
    assignError(orig, lhs.size(), rhs.size());
    return;
  }
  std::string context = returnPos != NoPos ? "return statement" : "assignment";
  if (commaOk) {
    Type *a0 = initVar(lhs[0], rhs[0], context);
    Type *a1 = initVar(lhs[1], rhs[1], context);
    recordCommaOk(*this, orig[0], a0, a1);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!initVar(lhs[i], rhs[i], context))
      ok = false;
  if (!ok)
    for (Var *v : lhs)
      v->used = true;
}

void Checker::assignVars(const std::vector<Expr *> &lhs, const std::vector<Expr *> &orig) {
  bool commaOk = false;
  std::vector<Operand> rhs;
  exprList(*this, rhs, orig, lhs.size() == 2, commaOk);
  if (lhs.size() != rhs.size()) {
    for (Expr *l : lhs)
      useExpr(l);
    for (auto &x : rhs)
      if (x.mode == Mode::Invalid)
        return;
    assignError(orig, lhs.size(), rhs.size());
    return;
  }
  if (commaOk) {
    Type *a0 = assignVar(lhs[0], rhs[0]);
    Type *a1 = assignVar(lhs[1], rhs[1]);
    recordCommaOk(*this, orig[0], a0, a1);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!assignVar(lhs[i], rhs[i]))
      ok = false;
  if (!ok) {
    for (Expr *l : lhs) {
      auto *id = llvm::dyn_cast<Ident>(unparenExpr(l));
      if (!id || !scope)
        continue;
      if (auto *v = llvm::dyn_cast_or_null<Var>(scope->lookupParent(id->name)); v && v->pkg == pkg)
        v->used = true;
    }
  }
}

void Checker::shortVarDecl(AssignStmt *s) {
  std::vector<Var *> lhsVars(s->lhs.size(), nullptr);
  std::vector<Var *> newVars;
  std::vector<Ident *> newIdents;
  s->isNew.assign(s->lhs.size(), false);
  std::set<std::string> seen;
  bool hasErr = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    auto *ident = llvm::dyn_cast<Ident>(s->lhs[i]);
    if (!ident) {
      useExpr(s->lhs[i]);
      error(s->lhs[i]->pos(), "non-name " + str(s->lhs[i]) + " on left side of :=");
      hasErr = true;
      continue;
    }
    const std::string &name = ident->name;
    if (name != "_") {
      if (!seen.insert(name).second) {
        error(ident->pos(), name + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
    }
    if (Object *alt = scope->lookup(name)) {
      recordUse(ident, alt);
      if (auto *v = llvm::dyn_cast<Var>(alt))
        lhsVars[i] = v;
      else {
        error(ident->pos(), "cannot assign to " + name);
        hasErr = true;
      }
      continue;
    }
    auto *v = tctx.make<Var>(ident->pos(), pkg, name, nullptr);
    v->owner = fs ? fs->func : nullptr;
    varLit[v] = litStack.empty() ? nullptr : litStack.back();
    lhsVars[i] = v;
    s->isNew[i] = true;
    if (name != "_") {
      newVars.push_back(v);
      newIdents.push_back(ident);
    }
    recordDef(ident, v);
  }
  for (size_t i = 0; i < lhsVars.size(); i++)
    if (!lhsVars[i])
      lhsVars[i] = tctx.make<Var>(s->lhs[i]->pos(), pkg, "_", nullptr);
  size_t top = delayed.size();
  initVars(lhsVars, s->rhs, NoPos);
  processDelayed(top);
  if (newVars.empty() && !hasErr) {
    softError(s->tokPos, "no new variables on left side of :=");
    return;
  }
  for (size_t i = 0; i < newVars.size(); i++) {
    declare(scope, nullptr, newVars[i]);
    unusedCandidates.push_back(newVars[i]);
  }
}

} // namespace golite::check
