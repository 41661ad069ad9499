//===- frontend/check/expr.cpp - Expressions ------------------------------===//
//
// This file implements the checking of expressions (go/types expr.go and
// const.go): the dispatch to one handler per expression kind, identifiers,
// literals, unary and binary operators, shifts (including the delayed typing
// of untyped shift operands), comparisons, and the representability and
// implicit conversion of untyped constants with gc's error wording.
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

#include <cmath>

namespace golite::check {

static void matchConst(constant::VP &a, constant::VP &b);

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

void Checker::rawExpr(Operand &x, Expr *e, Type *hint, bool) {
  x = Operand();
  if (!e)
    return;
  if (++depth > 2000) {
    error(e->pos(), "expression nested too deeply");
    --depth;
    x.expr = e;
    return;
  }
  exprInternal(x, e, hint);
  --depth;
  x.expr = e;
  record(x);
}

static bool excludeMode(Checker &c, Operand &x, bool allowType) {
  const char *msg = nullptr;
  switch (x.mode) {
  case Mode::NoValue: msg = " used as value"; break;
  case Mode::Builtin: msg = " must be called"; break;
  case Mode::TypeExpr:
    if (!allowType)
      msg = " is not an expression";
    break;
  default: break;
  }
  if (!msg)
    return true;
  c.error(c.spos(x.expr), c.str(x) + msg);
  x.mode = Mode::Invalid;
  return false;
}

void Checker::singleValue(Operand &x) {
  if (x.mode == Mode::Value && x.type && llvm::isa<Tuple>(x.type)) {
    error(spos(x.expr), "multiple-value " + str(x) + " in single-value context");
    x.mode = Mode::Invalid;
  }
}

void Checker::expr(Operand &x, Expr *e) {
  rawExpr(x, e, nullptr, false);
  if (x.mode == Mode::Invalid)
    return;
  if (excludeMode(*this, x, false))
    singleValue(x);
}

void Checker::exprWithHint(Operand &x, Expr *e, Type *hint) {
  rawExpr(x, e, hint, false);
  if (x.mode == Mode::Invalid)
    return;
  if (excludeMode(*this, x, false))
    singleValue(x);
}

void Checker::exprOrType(Operand &x, Expr *e) {
  rawExpr(x, e, nullptr, false);
  if (x.mode == Mode::Invalid)
    return;
  if (x.mode == Mode::NoValue) {
    error(spos(x.expr), str(x) + " used as value or type");
    x.mode = Mode::Invalid;
    return;
  }
  singleValue(x);
}

void Checker::multiExpr(std::vector<Operand> &xs, Expr *e, bool allowCommaOk) {
  Operand x;
  rawExpr(x, e, nullptr, false);
  xs.clear();
  if (x.mode != Mode::Invalid && !excludeMode(*this, x, false)) {
    xs.push_back(x);
    return;
  }
  if (auto *t = llvm::dyn_cast_or_null<Tuple>(x.type); t && x.mode == Mode::Value) {
    for (Var *v : t->vars) {
      Operand o;
      o.mode = Mode::Value;
      o.expr = e;
      o.type = v->type;
      xs.push_back(o);
    }
    return;
  }
  xs.push_back(x);
  if (allowCommaOk && (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex)) {
    Operand ok;
    ok.mode = Mode::Value;
    ok.expr = e;
    ok.type = tctx.basic(BasicKind::UntypedBool);
    xs.push_back(ok);
    xs[0].mode = Mode::Value;
  }
}

//===----------------------------------------------------------------------===//
// Dispatch
//===----------------------------------------------------------------------===//

void Checker::exprInternal(Operand &x, Expr *e, Type *hint) {
  x.mode = Mode::Invalid;
  x.type = tctx.basic(BasicKind::Invalid);
  switch (e->kind()) {
  case NodeKind::BadExpr: return;
  case NodeKind::Ident: return identExpr(x, llvm::cast<Ident>(e));
  case NodeKind::Ellipsis: error(e->pos(), "invalid use of '...'"); return;
  case NodeKind::BasicLit: return basicLit(x, llvm::cast<BasicLit>(e));
  case NodeKind::FuncLit: return funcLit(x, llvm::cast<FuncLit>(e));
  case NodeKind::CompositeLit: return compositeLit(x, llvm::cast<CompositeLit>(e), hint);
  case NodeKind::ParenExpr: return parenExpr(x, llvm::cast<ParenExpr>(e), hint);
  case NodeKind::SelectorExpr: return selector(x, llvm::cast<SelectorExpr>(e));
  case NodeKind::IndexExpr: return indexExpr(x, llvm::cast<IndexExpr>(e));
  case NodeKind::SliceExpr: return sliceExpr(x, llvm::cast<SliceExpr>(e));
  case NodeKind::TypeAssertExpr: return typeAssert(x, llvm::cast<TypeAssertExpr>(e));
  case NodeKind::CallExpr: return callExpr(x, llvm::cast<CallExpr>(e));
  case NodeKind::StarExpr: return starExpr(x, llvm::cast<StarExpr>(e));
  case NodeKind::UnaryExpr: return unary(x, llvm::cast<UnaryExpr>(e));
  case NodeKind::BinaryExpr: {
    auto *b = llvm::cast<BinaryExpr>(e);
    return binary(x, b, b->x, b->y, b->op, b->opPos);
  }
  case NodeKind::KeyValueExpr: return keyValueExpr(x, llvm::cast<KeyValueExpr>(e));
  case NodeKind::ArrayType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType: return typeExprOperand(x, e);
  default: error(e->pos(), "invalid expression"); return;
  }
}

void Checker::typeExprOperand(Operand &x, Expr *e) {
  Type *t = typExpr(e);
  x.mode = Mode::TypeExpr;
  x.type = t;
}

void Checker::keyValueExpr(Operand &x, KeyValueExpr *e) {
  error(e->pos(), "no key:value expected");
  useExpr(e->key);
  useExpr(e->value);
  x.mode = Mode::Invalid;
}

void Checker::parenExpr(Operand &x, ParenExpr *e, Type *hint) {
  Operand y;
  rawExpr(y, e->x, hint, false);
  x = y;
  if (x.mode == Mode::CommaOk)
    x.mode = Mode::Value; // (m[k]) is not comma-ok... go/types keeps it; harmless
  x.mode = y.mode;
}

//===----------------------------------------------------------------------===//
// Identifiers
//===----------------------------------------------------------------------===//

void Checker::addDeclDep(Object *obj) {
  if (!decl || !obj || obj->pkg != pkg)
    return;
  if (!objMap.count(obj))
    return; // not a package-level object
  if (!llvm::isa<Const>(obj) && !llvm::isa<Var>(obj) && !llvm::isa<Func>(obj))
    return;
  decl->addDep(obj);
}

void Checker::markVarUse(Var *v) {
  if (v->pkg == pkg)
    v->used = true;
  if (v->isGlobal || v->isField)
    return;
  auto it = varLit.find(v);
  if (it == varLit.end())
    return;
  FuncLit *declLit = it->second;
  // Walk out through the enclosing literals until the declaring one.
  for (size_t i = litStack.size(); i-- > 0;) {
    FuncLit *lit = litStack[i];
    if (lit == declLit)
      break;
    v->isCaptured = true;
    bool present = false;
    for (Object *o : lit->captures)
      present |= o == v;
    if (!present)
      lit->captures.push_back(v);
  }
}

void Checker::identExpr(Operand &x, Ident *e) {
  x.mode = Mode::Invalid;
  x.expr = e;
  Scope *where = nullptr;
  Object *obj = scope ? scope->lookupParent(e->name, &where) : nullptr;
  if (!obj) {
    if (e->name == "_")
      error(e->pos(), "cannot use _ as value or type");
    else
      error(e->pos(), "undefined: " + e->name);
    return;
  }
  if (obj->name == "iota" && !obj->pkg && llvm::isa<Const>(obj) && where == tctx.universe()) {
    if (!iota) {
      error(e->pos(), "cannot use iota outside constant declaration");
      return;
    }
  }
  recordUse(e, obj);
  Type *typ = obj->type;
  if (!typ || llvm::isa<TypeName>(obj))
    objDecl(obj);
  typ = obj->type;
  // Dot-imported objects mark their import used.
  if (obj->pkg && obj->pkg != pkg && where && where != pkg->scope &&
      where != tctx.universe() && !llvm::isa<PkgName>(obj))
    dotImportUsed.insert(obj->pkg->path);

  switch (obj->kind()) {
  case ObjKind::PkgName:
    error(e->pos(), "use of package " + obj->name + " not in selector");
    obj->used = true;
    return;
  case ObjKind::Const: {
    auto *c = llvm::cast<Const>(obj);
    addDeclDep(obj);
    if (!typ || (llvm::isa<Basic>(typ) &&
                 llvm::cast<Basic>(typ)->basicKind == BasicKind::Invalid))
      return;
    x.val = (where == tctx.universe() && obj->name == "iota") ? iota : c->value;
    if (!x.val)
      x.val = constant::makeUnknown();
    x.mode = Mode::Constant;
    break;
  }
  case ObjKind::TypeName:
    x.mode = Mode::TypeExpr;
    break;
  case ObjKind::Var: {
    auto *v = llvm::cast<Var>(obj);
    markVarUse(v);
    addDeclDep(obj);
    if (!typ || (llvm::isa<Basic>(typ) &&
                 llvm::cast<Basic>(typ)->basicKind == BasicKind::Invalid))
      return;
    x.mode = Mode::Variable;
    break;
  }
  case ObjKind::Func:
    addDeclDep(obj);
    x.mode = Mode::Value;
    if (!typ)
      return;
    break;
  case ObjKind::Builtin:
    x.id = llvm::cast<Builtin>(obj)->id;
    x.mode = Mode::Builtin;
    break;
  case ObjKind::Nil:
    x.mode = Mode::Value;
    x.nilValue = true;
    break;
  case ObjKind::Label: return;
  }
  x.type = typ ? typ : tctx.basic(BasicKind::Invalid);
}

//===----------------------------------------------------------------------===//
// Literals
//===----------------------------------------------------------------------===//

void Checker::basicLit(Operand &x, BasicLit *e) {
  if (e->value.size() > 10000) {
    error(e->pos(), "excessively long constant: " + e->value.substr(0, 10) + "... (" +
                        std::to_string(e->value.size()) + " chars)");
    return;
  }
  constant::VP v = constant::makeFromLiteral(e->value, e->litKind);
  if (!v || v->kind() == constant::Kind::Unknown) {
    error(e->pos(), "malformed constant: " + e->value);
    return;
  }
  BasicKind k = BasicKind::Invalid;
  switch (e->litKind) {
  case Tok::Int: k = BasicKind::UntypedInt; break;
  case Tok::Float: k = BasicKind::UntypedFloat; break;
  case Tok::Imag: k = BasicKind::UntypedComplex; break;
  case Tok::Char: k = BasicKind::UntypedRune; break;
  case Tok::String: k = BasicKind::UntypedString; break;
  default: return;
  }
  x.mode = Mode::Constant;
  x.type = tctx.basic(k);
  x.val = v;
  // Untyped numeric constants are exact up to a limit (go/types: 512 bits).
  if (v->kind() == constant::Kind::Int && constant::bitLen(v) > 512) {
    error(e->pos(), "constant overflow");
  }
}

void Checker::funcLit(Operand &x, FuncLit *e) {
  Scope *s = newScope(scope, e->pos(), e->end(), "function literal");
  s->isFunc = true;
  litStack.push_back(e); // parameters belong to the literal
  Signature *sig = funcType(e->type, nullptr, s);
  e->type->tv.mode = Mode::TypeExpr;
  e->type->tv.type = sig;
  pkg->funcLits.push_back(e);
  std::vector<FuncLit *> lits = litStack;
  litStack.pop_back();
  if (e->body) {
    // The body is checked later, but before the enclosing scope changes.
    DeclInfo *d = decl;
    constant::VP io = iota;
    Func *outer = fs ? fs->func : nullptr;
    later([this, e, s, sig, d, io, outer, lits] {
      DeclInfo *savedDecl = decl;
      Scope *savedScope = scope;
      constant::VP savedIota = iota;
      std::vector<FuncLit *> savedLits = litStack;
      FuncState *savedFs = fs;
      decl = d;
      iota = io;
      litStack = lits;
      funcBody(outer, e, sig, e->body, s);
      decl = savedDecl;
      scope = savedScope;
      iota = savedIota;
      litStack = savedLits;
      fs = savedFs;
    });
  }
  x.mode = Mode::Value;
  x.type = sig;
}

//===----------------------------------------------------------------------===//
// Unary expressions
//===----------------------------------------------------------------------===//

static Expr *unparen(Expr *e) {
  for (int i = 0; i < 1000; i++) {
    auto *p = llvm::dyn_cast_or_null<ParenExpr>(e);
    if (!p)
      return e;
    e = p->x;
  }
  return e;
}

static void markAddressTaken(Expr *e) {
  e = unparen(e);
  if (auto *id = llvm::dyn_cast<Ident>(e)) {
    if (auto *v = llvm::dyn_cast_or_null<Var>(id->obj))
      v->addressTaken = true;
  } else if (auto *s = llvm::dyn_cast<SelectorExpr>(e)) {
    // &x.f takes the address of x when the path has no indirection.
    if (s->selection && !s->selection->indirect)
      markAddressTaken(s->x);
  } else if (auto *ix = llvm::dyn_cast<IndexExpr>(e)) {
    if (ix->x->tv.type && llvm::isa<Array>(under(ix->x->tv.type)))
      markAddressTaken(ix->x);
  }
}

void Checker::starExpr(Operand &x, StarExpr *e) {
  exprOrType(x, e->x);
  switch (x.mode) {
  case Mode::Invalid: return;
  case Mode::TypeExpr:
    x.type = tctx.newPointer(x.type);
    return;
  default: break;
  }
  if (x.isNil()) {
    invalidOp(spos(x.expr), "cannot indirect nil");
    x.mode = Mode::Invalid;
    return;
  }
  auto *p = llvm::dyn_cast<Pointer>(under(x.type));
  if (!p) {
    invalidOp(spos(x.expr), "cannot indirect " + str(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Variable;
  x.type = p->elem;
}

bool Checker::opAllowed(Operand &x, Tok op, bool binaryOp) {
  bool ok = true;
  Type *t = x.type;
  switch (op) {
  case Tok::Add:
    ok = binaryOp ? (isNumeric(t) || isString(t)) : isNumeric(t);
    break;
  case Tok::Sub:
  case Tok::Mul:
  case Tok::Quo: ok = isNumeric(t); break;
  case Tok::Rem:
  case Tok::And:
  case Tok::Or:
  case Tok::AndNot: ok = isInteger(t); break;
  case Tok::Xor: ok = isInteger(t); break;
  case Tok::LAnd:
  case Tok::LOr:
  case Tok::Not: ok = isBoolean(t); break;
  default:
    error(spos(x.expr), "unknown operator " + std::string(tokString(op)));
    return false;
  }
  if (!ok)
    invalidOp(spos(x.expr), "operator " + std::string(tokString(op)) + " not defined on " +
                                 str(x));
  return ok;
}

static const char *opName(Expr *e) {
  if (auto *u = llvm::dyn_cast_or_null<UnaryExpr>(e))
    return u->op == Tok::Xor ? "bitwise complement" : "";
  if (auto *b = llvm::dyn_cast_or_null<BinaryExpr>(e)) {
    switch (b->op) {
    case Tok::Add: return "addition";
    case Tok::Sub: return "subtraction";
    case Tok::Xor: return "bitwise XOR";
    case Tok::Mul: return "multiplication";
    case Tok::Shl: return "shift";
    default: return "";
    }
  }
  return "";
}

void Checker::overflow(Operand &x, Pos opPos) {
  if (!x.val || x.val->kind() == constant::Kind::Unknown) {
    error(opPos, "constant result is not representable");
    return;
  }
  if (!isUntyped(x.type)) {
    if (auto *b = llvm::dyn_cast<Basic>(under(x.type))) {
      constant::VP rounded = nullptr;
      int code = 0;
      if (!representable(x, b, &rounded, &code)) {
        representableErr(x, b);
        x.mode = Mode::Invalid;
      } else if (rounded) {
        x.val = rounded;
      }
    }
    return;
  }
  if (x.val->kind() == constant::Kind::Int && constant::bitLen(x.val) > 512) {
    error(opPos, std::string("constant ") + opName(x.expr) + " overflow");
    x.val = constant::makeUnknown();
  }
}

void Checker::unary(Operand &x, UnaryExpr *e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid)
    return;
  switch (e->op) {
  case Tok::And: {
    Expr *inner = unparen(e->x);
    if (!llvm::isa<CompositeLit>(inner) && x.mode != Mode::Variable) {
      invalidOp(spos(x.expr), "cannot take address of " + str(x));
      x.mode = Mode::Invalid;
      return;
    }
    markAddressTaken(e->x);
    x.mode = Mode::Value;
    x.type = tctx.newPointer(x.type);
    return;
  }
  case Tok::Arrow: {
    auto *ch = llvm::dyn_cast<Chan>(under(x.type));
    if (!ch) {
      invalidOp(spos(x.expr), "cannot receive from non-channel " + str(x));
      x.mode = Mode::Invalid;
      return;
    }
    if (ch->dir == ChanSend) {
      invalidOp(spos(x.expr), "cannot receive from send-only channel " + str(x));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = ch->elem;
    hasCallOrRecv = true;
    return;
  }
  case Tok::Tilde:
    error(e->pos(), "cannot use ~ outside of interface or type constraint");
    x.mode = Mode::Invalid;
    return;
  default: break;
  }
  if (!opAllowed(x, e->op, false)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    if (x.val->kind() == constant::Kind::Unknown)
      return;
    unsigned prec = 0;
    if (isUnsigned(x.type))
      prec = unsigned(sizeOf(x.type) * 8);
    x.val = constant::unaryOp(e->op, x.val, prec);
    x.expr = e;
    overflow(x, e->opPos);
    return;
  }
  x.mode = Mode::Value;
}

//===----------------------------------------------------------------------===//
// Constants: representability and implicit conversion
//===----------------------------------------------------------------------===//

enum ConvCode { CodeOK = 0, CodeInvalid = 1, CodeTruncated = 2, CodeOverflow = 3, CodeUntyped = 4 };

static bool fitsInt(constant::VP x, BasicKind k) {
  if (auto v = constant::int64Val(x)) {
    int64_t n = *v;
    switch (k) {
    case BasicKind::Int:
    case BasicKind::Int64:
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune: return true;
    case BasicKind::Int8: return n >= -128 && n <= 127;
    case BasicKind::Int16: return n >= -32768 && n <= 32767;
    case BasicKind::Int32: return n >= INT32_MIN && n <= INT32_MAX;
    case BasicKind::Uint:
    case BasicKind::Uintptr:
    case BasicKind::Uint64: return n >= 0;
    case BasicKind::Uint8: return n >= 0 && n <= 255;
    case BasicKind::Uint16: return n >= 0 && n <= 65535;
    case BasicKind::Uint32: return n >= 0 && n <= int64_t(UINT32_MAX);
    default: return false;
    }
  }
  int n = constant::bitLen(x);
  switch (k) {
  case BasicKind::Uint:
  case BasicKind::Uintptr:
  case BasicKind::Uint64: return constant::sign(x) >= 0 && n <= 64;
  case BasicKind::UntypedInt:
  case BasicKind::UntypedRune: return true;
  default: return false;
  }
}

static bool roundTo(constant::VP x, bool f32, constant::VP *rounded) {
  double d = constant::float64Val(x);
  if (f32) {
    float f = constant::float32Val(x);
    if (std::isinf(f))
      return false;
    if (rounded)
      *rounded = constant::roundFloat32(x);
    return true;
  }
  if (std::isinf(d))
    return false;
  if (rounded)
    *rounded = constant::roundFloat64(x);
  return true;
}

/// representableConst of go/types.
static bool representableConst(constant::VP x, Basic *typ, constant::VP *rounded) {
  if (!x || x->kind() == constant::Kind::Unknown)
    return true;
  unsigned info = typ->info;
  BasicKind k = typ->basicKind;
  if (info & IsInteger) {
    constant::VP v = constant::toInt(x);
    if (!v || v->kind() != constant::Kind::Int)
      return false;
    if (rounded)
      *rounded = v;
    return fitsInt(v, k);
  }
  if (info & IsFloat) {
    constant::VP v = constant::toFloat(x);
    if (!v || (v->kind() != constant::Kind::Float && v->kind() != constant::Kind::Int))
      return false;
    if (k == BasicKind::UntypedFloat) {
      if (rounded)
        *rounded = v;
      return true;
    }
    return roundTo(v, k == BasicKind::Float32, rounded);
  }
  if (info & IsComplex) {
    constant::VP v = constant::toComplex(x);
    if (!v || v->kind() != constant::Kind::Complex)
      return false;
    if (k == BasicKind::UntypedComplex) {
      if (rounded)
        *rounded = v;
      return true;
    }
    bool f32 = k == BasicKind::Complex64;
    constant::VP re = constant::real(v), im = constant::imag(v);
    constant::VP rr = nullptr, ri = nullptr;
    if (!roundTo(re, f32, &rr) || !roundTo(im, f32, &ri))
      return false;
    if (rounded)
      *rounded = constant::binaryOp(constant::toComplex(rr), Tok::Add,
                                    constant::makeImag(constant::toFloat(ri)));
    return true;
  }
  if (info & IsString)
    return x->kind() == constant::Kind::String;
  if (info & IsBoolean)
    return x->kind() == constant::Kind::Bool;
  return false;
}

bool Checker::representable(Operand &x, Basic *t, constant::VP *rounded, int *code) {
  *code = CodeOK;
  if (!t)
    return true;
  constant::VP v = x.val;
  if (representableConst(x.val, t, &v)) {
    if (rounded)
      *rounded = v;
    return true;
  }
  if (isNumeric(x.type) && (t->info & IsNumeric)) {
    *code = (!isInteger(x.type) && (t->info & IsInteger)) ? CodeTruncated : CodeOverflow;
  } else {
    *code = CodeInvalid;
  }
  return false;
}

void Checker::representableErr(Operand &x, Basic *t) {
  int code = CodeInvalid;
  constant::VP r;
  representable(x, t, &r, &code);
  Pos p = x.expr ? spos(x.expr) : NoPos;
  std::string ts = t ? str(t) : "?";
  switch (code) {
  case CodeTruncated: error(p, str(x) + " truncated to " + ts); break;
  case CodeOverflow: error(p, str(x) + " overflows " + ts); break;
  default: error(p, "cannot convert " + str(x) + " to " + ts); break;
  }
}

/// go/types implicitTypeAndValue. Returns false (and code) if x cannot be
/// converted implicitly to target; code 1 means not representable.
bool Checker::implicitTypeAndValue(Operand &x, Type *target, Type *&newType,
                                   constant::VP &val, int &code) {
  newType = x.type;
  val = nullptr;
  code = CodeOK;
  Basic *invalid = tctx.basic(BasicKind::Invalid);
  if (x.mode == Mode::Invalid || !isUntyped(x.type) || target == invalid || !target)
    return true;
  if (isUntyped(target)) {
    auto xk = llvm::cast<Basic>(x.type)->basicKind;
    auto tk = llvm::cast<Basic>(target)->basicKind;
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk)
        newType = target;
      return true;
    }
    if (xk != tk) {
      code = CodeUntyped;
      return false;
    }
    return true;
  }
  if (x.isNil()) {
    if (hasNil(target)) {
      newType = target;
      return true;
    }
    code = CodeUntyped;
    return false;
  }
  Type *u = under(target);
  if (auto *b = llvm::dyn_cast<Basic>(u)) {
    if (b->basicKind == BasicKind::Invalid)
      return true;
    if (x.mode == Mode::Constant) {
      constant::VP r = nullptr;
      int c = 0;
      if (!representable(x, b, &r, &c)) {
        code = c;
        return false;
      }
      newType = target;
      val = r;
      return true;
    }
    auto xk = llvm::cast<Basic>(x.type)->basicKind;
    bool ok = true;
    switch (xk) {
    case BasicKind::UntypedBool: ok = isBoolean(target); break;
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune:
    case BasicKind::UntypedFloat:
    case BasicKind::UntypedComplex: ok = isNumeric(target); break;
    case BasicKind::UntypedString: ok = isString(target); break;
    default: ok = false;
    }
    if (!ok) {
      code = CodeUntyped;
      return false;
    }
    newType = target;
    return true;
  }
  if (auto *it = llvm::dyn_cast<Interface>(u)) {
    completeInterface(it);
    if (!it->allMethods.empty()) {
      code = CodeUntyped;
      return false;
    }
    newType = defaultType(tctx, x.type);
    return true;
  }
  code = CodeUntyped;
  return false;
}

void Checker::convertUntyped(Operand &x, Type *target) {
  Type *newType = nullptr;
  constant::VP val = nullptr;
  int code = 0;
  if (!implicitTypeAndValue(x, target, newType, val, code)) {
    Type *t = under(target);
    std::string ts = str(t);
    Pos p = x.expr ? spos(x.expr) : NoPos;
    switch (code) {
    case CodeTruncated: error(p, str(x) + " truncated to " + ts); break;
    case CodeOverflow: error(p, str(x) + " overflows " + ts); break;
    default: error(p, "cannot convert " + str(x) + " to " + ts); break;
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (val) {
    x.val = val;
    if (x.expr)
      updateExprVal(x.expr, val);
  }
  if (newType != x.type) {
    x.type = newType;
    if (x.expr)
      updateExprType(x.expr, newType, false);
  }
}

//===----------------------------------------------------------------------===//
// Binary expressions
//===----------------------------------------------------------------------===//

static bool isComparisonOp(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq ||
         op == Tok::Gtr || op == Tok::Geq;
}

static bool canMix(Operand &x, Operand &y) {
  if (isInterface(x.type) || isInterface(y.type))
    return true;
  if (isBoolean(x.type) != isBoolean(y.type))
    return false;
  if (isString(x.type) != isString(y.type))
    return false;
  if (x.isNil() && !hasNil(y.type))
    return false;
  if (y.isNil() && !hasNil(x.type))
    return false;
  return true;
}

void Checker::matchTypes(Operand &x, Operand &y) {
  if (!canMix(x, y))
    return;
  convertUntyped(x, y.type);
  if (x.mode == Mode::Invalid)
    return;
  convertUntyped(y, x.type);
  if (y.mode == Mode::Invalid)
    x.mode = Mode::Invalid;
}

void Checker::binary(Operand &x, Expr *e, Expr *lhs, Expr *rhs, Tok op, Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.mode == Mode::Invalid)
    return;
  if (y.mode == Mode::Invalid) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (op == Tok::Shl || op == Tok::Shr) {
    shift(x, y, e, op);
    return;
  }
  matchTypes(x, y);
  if (x.mode == Mode::Invalid)
    return;
  if (isComparisonOp(op)) {
    comparison(x, y, op, e);
    return;
  }
  if (!identical(x.type, y.type)) {
    Basic *inv = tctx.basic(BasicKind::Invalid);
    if (under(x.type) != inv && under(y.type) != inv) {
      if (e)
        invalidOp(spos(x.expr), str(e) + " (mismatched types " + str(x.type) + " and " +
                                     str(y.type) + ")");
      else
        invalidOp(spos(x.expr), str(lhs) + " " + std::string(tokString(op)) + "= " +
                                     str(rhs) + " (mismatched types " + str(x.type) + " and " +
                                     str(y.type) + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (!opAllowed(x, op, true)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (op == Tok::Quo || op == Tok::Rem) {
    if ((x.mode == Mode::Constant || isInteger(x.type)) && y.mode == Mode::Constant &&
        y.val->kind() != constant::Kind::Unknown && constant::sign(y.val) == 0) {
      invalidOp(spos(y.expr), "division by zero");
      x.mode = Mode::Invalid;
      return;
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant && isComplex(x.type) &&
        y.val->kind() != constant::Kind::Unknown) {
      constant::VP c = constant::toComplex(y.val);
      constant::VP re = constant::real(c), im = constant::imag(c);
      constant::VP re2 = constant::binaryOp(re, Tok::Mul, re);
      constant::VP im2 = constant::binaryOp(im, Tok::Mul, im);
      if (re2 && im2 && re2->kind() != constant::Kind::Unknown &&
          im2->kind() != constant::Kind::Unknown && constant::sign(re2) == 0 &&
          constant::sign(im2) == 0) {
        invalidOp(spos(y.expr), "division by zero");
        x.mode = Mode::Invalid;
        return;
      }
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x.val->kind() == constant::Kind::Unknown || y.val->kind() == constant::Kind::Unknown) {
      x.val = constant::makeUnknown();
      return;
    }
    bool intDiv = op == Tok::Quo && isInteger(x.type);
    constant::VP a = x.val, b = y.val;
    matchConst(a, b);
    x.val = constant::binaryOp(a, op, b, intDiv);
    x.expr = e;
    overflow(x, opPos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand &x, Operand &y, Expr *e, Tok op) {
  constant::VP xval = nullptr;
  if (x.mode == Mode::Constant)
    xval = constant::toInt(x.val);
  bool xInt = isInteger(x.type) ||
              (isUntyped(x.type) && xval && xval->kind() == constant::Kind::Int);
  if (!xInt) {
    invalidOp(spos(x.expr), "shifted operand " + str(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (y.mode == Mode::Constant) {
    constant::VP yval = constant::toInt(y.val);
    if (yval && yval->kind() == constant::Kind::Int && constant::sign(yval) < 0) {
      invalidOp(spos(y.expr), "negative shift count " + str(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      Basic *u = tctx.basic(BasicKind::Uint);
      constant::VP r = nullptr;
      int code = 0;
      if (!representable(y, u, &r, &code)) {
        representableErr(y, u);
        x.mode = Mode::Invalid;
        return;
      }
      y.val = r;
    }
  } else {
    if (isInteger(y.type)) {
      // ok
    } else if (isUntyped(y.type)) {
      convertUntyped(y, tctx.basic(BasicKind::Uint));
      if (y.mode == Mode::Invalid) {
        x.mode = Mode::Invalid;
        return;
      }
    } else {
      invalidOp(spos(y.expr), "shift count " + str(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (x.val->kind() == constant::Kind::Unknown || y.val->kind() == constant::Kind::Unknown) {
        x.val = constant::makeUnknown();
        if (!isInteger(x.type))
          x.type = tctx.basic(BasicKind::UntypedInt);
        return;
      }
      auto s = constant::uint64Val(constant::toInt(y.val));
      if (!s || *s > 1023 - 1 + 52) {
        invalidOp(spos(y.expr), "invalid shift count " + str(y));
        x.mode = Mode::Invalid;
        return;
      }
      if (!isInteger(x.type))
        x.type = tctx.basic(BasicKind::UntypedInt);
      x.val = constant::shift(xval, op, unsigned(*s));
      x.expr = e;
      Pos opPos = e ? llvm::cast<BinaryExpr>(e)->opPos : NoPos;
      overflow(x, opPos);
      return;
    }
    if (isUntyped(x.type)) {
      // Delayed: the operand's type comes from the context.
      if (untyped.count(x.expr))
        untyped[x.expr] = true;
      x.mode = Mode::Value;
      return;
    }
  }
  if (!isInteger(x.type)) {
    invalidOp(spos(x.expr), "shifted operand " + str(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
}

static std::string kindString(Checker &c, Type *t) {
  switch (under(t)->kind()) {
  case TypeKind::Array: return "array";
  case TypeKind::Slice: return "slice";
  case TypeKind::Struct: return "struct";
  case TypeKind::Pointer: return "pointer";
  case TypeKind::Signature: return "func";
  case TypeKind::Interface: return "interface";
  case TypeKind::Map: return "map";
  case TypeKind::Chan: return "chan";
  default: return c.str(t);
  }
}

static std::string incomparableCause(Checker &c, Type *t) {
  Type *u = under(t);
  if (llvm::isa<Slice>(u) || llvm::isa<Signature>(u) || llvm::isa<Map>(u))
    return kindString(c, t) + " can only be compared to nil";
  if (auto *s = llvm::dyn_cast<Struct>(u)) {
    for (Var *f : s->fields)
      if (!comparable(f->type))
        return "struct containing " + c.str(f->type) + " cannot be compared";
  } else if (auto *a = llvm::dyn_cast<Array>(u)) {
    if (!comparable(a->elem))
      return c.str(t) + " cannot be compared";
  }
  return "";
}

static bool basicInfoOrdered(Type *t) {
  auto *b = llvm::dyn_cast<Basic>(under(t));
  return b && (b->info & IsOrdered);
}

/// Brings two constant values to the same representation (go/constant's
/// match): int < float < complex.
static void matchConst(constant::VP &a, constant::VP &b) {
  auto rank = [](constant::VP v) {
    switch (v->kind()) {
    case constant::Kind::Int: return 1;
    case constant::Kind::Float: return 2;
    case constant::Kind::Complex: return 3;
    default: return 0;
    }
  };
  int ra = rank(a), rb = rank(b);
  if (!ra || !rb || ra == rb)
    return;
  int r = std::max(ra, rb);
  auto up = [&](constant::VP v) { return r == 2 ? constant::toFloat(v) : constant::toComplex(v); };
  if (ra < r)
    a = up(a);
  else
    b = up(b);
}

void Checker::comparison(Operand &x, Operand &y, Tok op, Expr *e) {
  Operand *errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + str(x.type) + " and " + str(y.type);
  } else if (op == Tok::Eql || op == Tok::Neq) {
    if (x.isNil() || y.isNil()) {
      Type *typ = x.isNil() ? y.type : x.type;
      if (!hasNil(typ)) {
        errOp = &y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      errOp = &x;
      cause = incomparableCause(*this, x.type);
      ok = false;
    } else if (!comparable(y.type)) {
      errOp = &y;
      cause = incomparableCause(*this, y.type);
      ok = false;
    }
  } else {
    if (!(basicInfoOrdered(x.type))) {
      errOp = &x;
      ok = false;
    } else if (!basicInfoOrdered(y.type)) {
      errOp = &y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause.empty())
      cause = "operator " + std::string(tokString(op)) + " not defined on " +
              kindString(*this, errOp->type);
    std::string xs = str(x.expr), ys = str(y.expr);
    if (!e) { // switch case: x is the case value, y the tag
      error(spos(x.expr), "invalid case " + xs + " in switch on " + ys + " (" + cause + ")");
      x.mode = Mode::Invalid;
      return;
    }
    invalidOp(errOp->expr->pos(), xs + " " + std::string(tokString(op)) + " " + ys + " (" +
                                      cause + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    constant::VP a = x.val, b = y.val;
    if (a->kind() == constant::Kind::Unknown || b->kind() == constant::Kind::Unknown) {
      x.val = constant::makeUnknown();
    } else {
      matchConst(a, b);
      x.val = constant::makeBool(constant::compare(a, op, b));
    }
  } else {
    x.mode = Mode::Value;
    updateExprType(x.expr, defaultType(tctx, x.type), true);
    updateExprType(y.expr, defaultType(tctx, y.type), true);
  }
  x.type = tctx.basic(BasicKind::UntypedBool);
}

} // namespace golite::check
