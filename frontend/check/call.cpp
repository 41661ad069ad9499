//===- frontend/check/call.cpp - Calls, conversions and selectors ---------===//
//
// This file implements function and method calls with argument passing
// rules (variadic calls, f(g()) spreading), type conversions
// (conversions.go), and selector expressions: qualified identifiers,
// field selection and method values through embedded fields, and method
// expressions (go/types call.go).
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

namespace golite::check {

static bool isInvalidType(Type *t) {
  auto *b = llvm::dyn_cast<Basic>(under(t));
  return b && b->basicKind == BasicKind::Invalid;
}

std::string Checker::typesSummary(const std::vector<Type *> &ts, bool variadic) {
  std::string r = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i)
      r += ", ";
    Type *t = ts[i];
    if (!t || isInvalidType(t) && !llvm::isa<Named>(t)) {
      r += "<T>";
    } else if (isUntyped(t)) {
      if (isNumeric(t)) {
        r += "number";
      } else {
        std::string n = llvm::cast<Basic>(t)->name;
        if (n.rfind("untyped ", 0) == 0)
          n = n.substr(8);
        r += n;
      }
    } else if (variadic && i + 1 == ts.size() && llvm::isa<Slice>(t)) {
      r += "..." + str(llvm::cast<Slice>(t)->elem);
    } else {
      r += str(t);
    }
  }
  return r + ")";
}

void Checker::argsOf(std::vector<Operand> &args, const std::vector<Expr *> &exprs) {
  args.clear();
  if (exprs.size() == 1) {
    multiExpr(args, exprs[0], false);
    return;
  }
  for (Expr *e : exprs) {
    Operand x;
    expr(x, e);
    args.push_back(x);
  }
}

void Checker::callExpr(Operand &x, CallExpr *call) {
  exprOrType(x, call->fun);
  switch (x.mode) {
  case Mode::Invalid:
    useExprs(call->args);
    x.mode = Mode::Invalid;
    return;
  case Mode::TypeExpr: {
    Type *T = x.type;
    x.mode = Mode::Invalid;
    if (call->args.empty()) {
      error(spos(call), "missing argument in conversion to " + str(T));
    } else if (call->args.size() == 1) {
      expr(x, call->args[0]);
      if (x.mode != Mode::Invalid) {
        if (call->hasEllipsis())
          error(call->args[0]->pos(), "invalid use of ... in type conversion to " + str(T));
        else
          conversion(x, T);
      }
    } else {
      useExprs(call->args);
      error(call->args.back()->pos(), "too many arguments in conversion to " + str(T));
    }
    return;
  }
  case Mode::Builtin:
    if (!builtin(x, call, x.id))
      x.mode = Mode::Invalid;
    if (x.mode != Mode::Invalid && x.mode != Mode::Constant)
      hasCallOrRecv = true;
    return;
  default: break;
  }
  auto *sig = llvm::dyn_cast<Signature>(under(x.type));
  if (!sig) {
    invalidOp(spos(x.expr), "cannot call non-function " + str(x));
    useExprs(call->args);
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<Operand> args;
  argsOf(args, call->args);
  arguments(call, sig, args, str(call->fun));
  size_t nres = sig->results ? sig->results->size() : 0;
  if (nres == 0) {
    x.mode = Mode::NoValue;
    x.type = tctx.newTuple({});
  } else if (nres == 1) {
    x.mode = Mode::Value;
    x.type = sig->results->at(0);
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
  hasCallOrRecv = true;
}

void Checker::arguments(CallExpr *call, Signature *sig, std::vector<Operand> &args,
                        const std::string &fname) {
  for (Operand &a : args) {
    if (a.mode == Mode::TypeExpr) {
      error(spos(a.expr), str(a) + " used as value");
      return;
    }
    if (a.mode == Mode::Invalid)
      return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params->size();
  bool ddd = call->hasEllipsis();
  std::vector<Type *> parTypes;
  for (Var *v : sig->params->vars)
    parTypes.push_back(v->type);
  std::vector<Type *> sigParams = parTypes;
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        error(call->pos(), "cannot use ... with " + std::to_string(nargs) + "-valued " +
                               str(call->args[0]));
        return;
      }
    } else if (npars > 0) {
      if (nargs + 1 >= npars) {
        sigParams.resize(npars - 1);
        Type *last = parTypes[npars - 1];
        Type *elem = llvm::isa<Slice>(last) ? llvm::cast<Slice>(last)->elem : last;
        while (sigParams.size() < nargs)
          sigParams.push_back(elem);
        npars = nargs;
      } else {
        npars--;
      }
    }
  } else if (ddd) {
    error(call->ellipsis, "cannot use ... in call to non-variadic " + str(call->fun));
    return;
  }
  if (nargs != npars) {
    Pos at = spos(call);
    std::string q = "not enough";
    if (nargs > npars) {
      at = spos(args[npars].expr);
      q = "too many";
    } else if (nargs > 0) {
      at = spos(args[nargs - 1].expr);
    }
    std::vector<Type *> have;
    for (Operand &a : args)
      have.push_back(a.type);
    error(at, q + " arguments in call to " + str(call->fun) + "\n\thave " +
                  typesSummary(have, false) + "\n\twant " + typesSummary(parTypes, sig->variadic));
    return;
  }
  std::string context = "argument to " + str(call->fun);
  for (size_t i = 0; i < args.size(); i++)
    assignment(args[i], sigParams[i], context);
  (void)fname;
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

static bool isBytesOrRunes(Type *t) {
  if (auto *s = llvm::dyn_cast<Slice>(under(t))) {
    auto *b = llvm::dyn_cast<Basic>(under(s->elem));
    return b && (b->basicKind == BasicKind::Uint8 || b->basicKind == BasicKind::Int32);
  }
  return false;
}

static bool isBasicKind(Type *t, BasicKind k) {
  auto *b = llvm::dyn_cast<Basic>(under(t));
  return b && b->basicKind == k;
}

bool Checker::convertibleTo(Operand &x, Type *T, std::string *cause) {
  if (assignableTo(x, T, cause))
    return true;
  Type *V = x.type;
  Type *Vu = under(V), *Tu = under(T);
  if (identicalIgnoreTags(Vu, Tu))
    return true;
  if (auto *vp = llvm::dyn_cast<Pointer>(V))
    if (auto *tp = llvm::dyn_cast<Pointer>(T))
      if (identicalIgnoreTags(under(vp->elem), under(tp->elem)))
        return true;
  if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu)))
    return true;
  if (isComplex(Vu) && isComplex(Tu))
    return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu))
    return true;
  if (isString(Vu) && isBytesOrRunes(Tu))
    return true;
  if ((llvm::isa<Pointer>(Vu) || isBasicKind(Vu, BasicKind::Uintptr)) &&
      isBasicKind(Tu, BasicKind::UnsafePointer))
    return true;
  if (isBasicKind(Vu, BasicKind::UnsafePointer) &&
      (llvm::isa<Pointer>(Tu) || isBasicKind(Tu, BasicKind::Uintptr)))
    return true;
  if (auto *s = llvm::dyn_cast<Slice>(Vu))
    if (auto *p = llvm::dyn_cast<Pointer>(Tu))
      if (auto *a = llvm::dyn_cast<Array>(under(p->elem)))
        if (identical(s->elem, a->elem))
          return true;
  return false;
}

void Checker::conversion(Operand &x, Type *T) {
  bool constArg = x.mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    auto *t = llvm::dyn_cast<Basic>(under(T));
    constant::VP v = x.val;
    int code = 0;
    if (t && representable(x, t, &v, &code)) {
      x.val = v;
      ok = true;
    } else if (t && (t->info & IsInteger) && x.val &&
               constant::toInt(x.val)->kind() == constant::Kind::Int &&
               !(isInteger(x.type) && (t->info & IsString))) {
      // representableConst stores the integer value before its range check
      // fails; gc's message shows that value.
      x.val = constant::toInt(x.val);
    } else if (t && isInteger(x.type) && (t->info & IsString)) {
      uint32_t cp = 0xFFFD;
      if (auto u = constant::uint64Val(x.val); u && *u <= 0x10FFFF && !(*u >= 0xD800 && *u < 0xE000))
        cp = uint32_t(*u);
      std::string s;
      if (cp < 0x80) {
        s += char(cp);
      } else if (cp < 0x800) {
        s += char(0xC0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
      } else {
        s += char(0xF0 | (cp >> 18));
        s += char(0x80 | ((cp >> 12) & 0x3F));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
      }
      x.val = constant::makeString(s);
      ok = true;
    }
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  bool wasNil = x.isNil();
  x.nilValue = false;
  if (!ok) {
    if (!cause.empty())
      error(spos(x.expr), "cannot convert " + str(x) + " to type " + str(T) + ":\n\t" + cause);
    else
      error(spos(x.expr), "cannot convert " + str(x) + " to type " + str(T));
    x.mode = Mode::Invalid;
    return;
  }
  if (isUntyped(x.type)) {
    Type *final = T;
    if (isInterface(T) || (constArg && !isConstType(T)) || wasNil)
      final = defaultType(tctx, x.type);
    else if (x.mode == Mode::Constant && isInteger(x.type) && isString(T))
      final = x.type;
    updateExprType(x.expr, final, true);
  }
  x.type = T;
}

//===----------------------------------------------------------------------===//
// Selectors
//===----------------------------------------------------------------------===//

bool Checker::qualifiedIdent(Operand &x, SelectorExpr *e) {
  auto *ident = llvm::dyn_cast<Ident>(e->x);
  if (!ident || !scope)
    return false;
  auto *pname = llvm::dyn_cast_or_null<PkgName>(scope->lookupParent(ident->name));
  if (!pname)
    return false;
  recordUse(ident, pname);
  pname->used = true;
  Package *p = pname->imported;
  const std::string &sel = e->sel->name;
  Object *exp = p->scope ? p->scope->lookup(sel) : nullptr;
  x.mode = Mode::Invalid;
  if (!exp) {
    error(e->sel->pos(), "undefined: " + p->name + "." + sel);
    return true;
  }
  if (!exp->exported())
    error(e->sel->pos(), "name " + sel + " not exported by package " + p->name);
  recordUse(e->sel, exp);
  switch (exp->kind()) {
  case ObjKind::Const:
    x.mode = Mode::Constant;
    x.type = exp->type;
    x.val = llvm::cast<Const>(exp)->value;
    break;
  case ObjKind::TypeName:
    x.mode = Mode::TypeExpr;
    x.type = exp->type;
    break;
  case ObjKind::Var:
    x.mode = Mode::Variable;
    x.type = exp->type;
    break;
  case ObjKind::Func:
    x.mode = Mode::Value;
    x.type = exp->type;
    break;
  case ObjKind::Builtin:
    x.mode = Mode::Builtin;
    x.type = nullptr;
    x.id = llvm::cast<Builtin>(exp)->id;
    break;
  default: break;
  }
  if (!x.type && x.mode != Mode::Builtin)
    x.mode = Mode::Invalid;
  return true;
}

static std::string changeCase(const std::string &s) {
  if (s.empty())
    return s;
  std::string r = s;
  if (r[0] >= 'A' && r[0] <= 'Z')
    r[0] = char(r[0] - 'A' + 'a');
  else if (r[0] >= 'a' && r[0] <= 'z')
    r[0] = char(r[0] - 'a' + 'A');
  return r;
}

static bool isInterfacePtr(Type *t) {
  auto *p = llvm::dyn_cast<Pointer>(under(t));
  return p && isInterface(p->elem);
}

void Checker::selector(Operand &x, SelectorExpr *e) {
  if (qualifiedIdent(x, e))
    return;
  const std::string &sel = e->sel->name;
  exprOrType(x, e->x);
  switch (x.mode) {
  case Mode::Invalid: return;
  case Mode::Builtin:
    error(e->pos(), "cannot select on " + str(x));
    x.mode = Mode::Invalid;
    return;
  default: break;
  }
  if (x.mode == Mode::NoValue) {
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<int> index;
  bool indirect = false;
  LookupStatus st;
  Object *obj = lookupFieldOrMethodEx(x.type, x.mode == Mode::Variable, pkg, sel, index,
                                      indirect, st);
  if (!obj || st == LookupStatus::PtrRecv) {
    if (isInvalidType(x.type)) {
      x.mode = Mode::Invalid;
      return;
    }
    if (st == LookupStatus::Ambiguous) {
      error(e->sel->pos(), "ambiguous selector " + str(e->x) + "." + sel);
    } else if (st == LookupStatus::PtrRecv) {
      error(e->sel->pos(), "cannot call pointer method " + sel + " on " + str(x.type));
    } else {
      std::string why;
      if (isInterfacePtr(x.type)) {
        why = "type " + str(x.type) + " is pointer to interface, not interface";
      } else {
        why = "type " + str(x.type) + " has no field or method " + sel;
        std::vector<int> i2;
        bool ind2;
        LookupStatus st2;
        std::string cc = changeCase(sel);
        if (lookupFieldOrMethodEx(x.type, x.mode == Mode::Variable, pkg, cc, i2, ind2, st2) &&
            st2 == LookupStatus::Found)
          why += ", but does have " + cc;
      }
      error(e->sel->pos(), str(e->x) + "." + sel + " undefined (" + why + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (auto *m = llvm::dyn_cast<Func>(obj)) {
    if (!m->type)
      objDecl(m);
    if (!m->type) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  recordUse(e->sel, obj);
  if (x.mode == Mode::TypeExpr) {
    methodExpr(x, e, obj, index, indirect);
    return;
  }
  auto *selection = tctx.make<Selection>();
  selection->recv = x.type;
  selection->obj = obj;
  selection->index = index;
  selection->indirect = indirect;
  e->selection = selection;
  if (auto *v = llvm::dyn_cast<Var>(obj)) {
    selection->kind = SelectionKind::FieldVal;
    x.mode = (x.mode == Mode::Variable || indirect) ? Mode::Variable : Mode::Value;
    x.type = v->type;
    selection->type = v->type;
    return;
  }
  auto *m = llvm::cast<Func>(obj);
  selection->kind = SelectionKind::MethodVal;
  Signature *s = m->sig();
  auto *msig = tctx.make<Signature>(nullptr, s->params, s->results, s->variadic);
  selection->type = msig;
  // Calling a pointer method on an addressable value takes its address.
  if (m->hasPtrRecv() && !indirect) {
    Expr *base = e->x;
    while (auto *p = llvm::dyn_cast<ParenExpr>(base))
      base = p->x;
    if (auto *id = llvm::dyn_cast<Ident>(base))
      if (auto *v = llvm::dyn_cast_or_null<Var>(id->obj))
        v->addressTaken = true;
  }
  addDeclDep(m);
  x.mode = Mode::Value;
  x.type = msig;
}

void Checker::methodExpr(Operand &x, SelectorExpr *e, Object *obj, const std::vector<int> &index,
                         bool indirect) {
  auto *m = llvm::dyn_cast<Func>(obj);
  if (!m) {
    error(e->sel->pos(), str(e->x) + "." + e->sel->name + " undefined (type " + str(x.type) +
                             " has no method " + e->sel->name + ")");
    x.mode = Mode::Invalid;
    return;
  }
  // T.m where m has a pointer receiver is not in T's method set.
  if (m->hasPtrRecv() && !indirect && !llvm::isa<Pointer>(x.type) && !isInterface(x.type)) {
    error(e->sel->pos(), "invalid method expression " + str(e) + " (needs pointer receiver (*" +
                             str(x.type) + ")." + m->name + ")");
    x.mode = Mode::Invalid;
    return;
  }
  Signature *sig = m->sig();
  std::vector<Var *> params;
  std::string name;
  if (!sig->params->vars.empty() && !sig->params->vars[0]->name.empty())
    name = sig->recv && !sig->recv->name.empty() ? sig->recv->name : "_";
  auto *rv = tctx.make<Var>(sig->recv ? sig->recv->pos : NoPos, pkg, name, x.type);
  rv->isParam = true;
  params.push_back(rv);
  for (Var *p : sig->params->vars)
    params.push_back(p);
  auto *fsig = tctx.make<Signature>(nullptr, tctx.newTuple(params), sig->results, sig->variadic);
  auto *selection = tctx.make<Selection>();
  selection->kind = SelectionKind::MethodExpr;
  selection->recv = x.type;
  selection->obj = m;
  selection->index = index;
  selection->indirect = indirect;
  selection->type = fsig;
  e->selection = selection;
  addDeclDep(m);
  x.mode = Mode::Value;
  x.type = fsig;
}

} // namespace golite::check
