//===- frontend/check/checker.cpp - Type checker driver -------------------===//
//
// This file implements checkPackage and the Checker's shared helpers:
// error reporting in gc's format, operand and expression strings (types2's
// operandString and syntax.String), and the recording of types on the AST,
// including the delayed typing of untyped expressions (updateExprType).
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

namespace golite {

using namespace check;

bool checkPackage(TypeContext &tctx, Package *pkg, Diagnostics &diags, Importer &imp) {
  Checker c(tctx, pkg, diags, imp);
  return c.run();
}

namespace check {

bool Operand::isNil() const {
  if (mode != Mode::Value)
    return false;
  if (nilValue)
    return true;
  auto *b = llvm::dyn_cast_or_null<Basic>(type);
  return b && b->basicKind == BasicKind::UntypedNil;
}

Checker::Checker(TypeContext &tctx, Package *pkg, Diagnostics &diags, Importer &imp)
    : tctx(tctx), pkg(pkg), diags(diags), imp(imp) {}

bool Checker::run() {
  size_t before = diags.count();
  if (!pkg->scope)
    pkg->scope = newScope(tctx.universe(), NoPos, NoPos, "package");
  collectObjects();
  packageObjects();
  processDelayed(0);
  checkMapKeys();
  initOrder();
  unusedImports();
  if (diags.count() == before)
    for (Pos p : missingBodies)
      error(p, "missing function body");
  // Untyped expressions that were never given a type by their context get
  // their default type, so that codegen never sees an untyped kind.
  for (auto &[e, isLhs] : untyped) {
    if (e->tv.type && isUntyped(e->tv.type))
      e->tv.type = defaultType(tctx, e->tv.type);
  }
  untyped.clear();
  pkg->complete = true;
  return diags.count() == before;
}

//===----------------------------------------------------------------------===//
// Errors and strings
//===----------------------------------------------------------------------===//

void Checker::error(Pos pos, const std::string &msg) {
  // Follow-on errors mentioning invalid operands or types are dropped once
  // an error was reported (types2's "cheap trick").
  if (hadError && (msg.find("invalid operand") + 1 > 1 || msg.find("invalid type") + 1 > 1))
    return;
  if (errpos != NoPos)
    pos = errpos;
  hadError = true;
  diags.error(pos, msg);
}
void Checker::softError(Pos pos, const std::string &msg) {
  if (errpos != NoPos)
    pos = errpos;
  hadError = true;
  diags.softError(pos, msg);
}

/// Start position of an expression as cmd/compile/internal/syntax's
/// StartPos computes it (error positions follow it).
Pos Checker::spos(Expr *e) const {
  for (int i = 0; e && i < 10000; i++) {
    switch (e->kind()) {
    case NodeKind::SliceExpr: return llvm::cast<SliceExpr>(e)->lbrack;
    case NodeKind::KeyValueExpr: return llvm::cast<KeyValueExpr>(e)->colon;
    case NodeKind::FuncType: {
      auto *f = llvm::cast<FuncType>(e);
      return f->params && f->params->opening ? f->params->opening : f->pos();
    }
    case NodeKind::CompositeLit: {
      auto *c = llvm::cast<CompositeLit>(e);
      if (!c->type)
        return c->lbrace;
      e = c->type;
      continue;
    }
    case NodeKind::SelectorExpr: e = llvm::cast<SelectorExpr>(e)->x; continue;
    case NodeKind::IndexExpr: e = llvm::cast<IndexExpr>(e)->x; continue;
    case NodeKind::TypeAssertExpr: e = llvm::cast<TypeAssertExpr>(e)->x; continue;
    case NodeKind::CallExpr: e = llvm::cast<CallExpr>(e)->fun; continue;
    case NodeKind::BinaryExpr: e = llvm::cast<BinaryExpr>(e)->x; continue;
    default: return e->pos();
    }
  }
  return e ? e->pos() : NoPos;
}

/// The position syntax.Node.Pos() reports for an expression (operators,
/// brackets and parentheses rather than the start).
Pos Checker::npos(Expr *e) const {
  if (!e)
    return NoPos;
  switch (e->kind()) {
  case NodeKind::CallExpr: return llvm::cast<CallExpr>(e)->lparen;
  case NodeKind::BinaryExpr: return llvm::cast<BinaryExpr>(e)->opPos;
  case NodeKind::UnaryExpr: return llvm::cast<UnaryExpr>(e)->opPos;
  case NodeKind::StarExpr: return llvm::cast<StarExpr>(e)->star;
  case NodeKind::IndexExpr: return llvm::cast<IndexExpr>(e)->lbrack;
  case NodeKind::SliceExpr: return llvm::cast<SliceExpr>(e)->lbrack;
  case NodeKind::SelectorExpr: {
    Pos p = llvm::cast<SelectorExpr>(e)->sel->pos();
    return p > 1 ? p - 1 : p;
  }
  case NodeKind::TypeAssertExpr: {
    Pos p = llvm::cast<TypeAssertExpr>(e)->lparen;
    return p > 1 ? p - 1 : p;
  }
  case NodeKind::KeyValueExpr: return llvm::cast<KeyValueExpr>(e)->colon;
  case NodeKind::CompositeLit: return llvm::cast<CompositeLit>(e)->lbrace;
  case NodeKind::FuncType: return spos(e);
  default: return e->pos();
  }
}

std::string Checker::posString(Pos p) const { return diags.fset().position(p).str(); }

std::string Checker::str(Type *t) const {
  if (!t)
    return "<nil>";
  return t->str(pkg);
}

std::string Checker::objPath(Object *o) const {
  if (o->pkg && o->pkg != pkg)
    return o->pkg->name + "." + o->name;
  return o->name;
}

namespace {

// Expression printer modelled on cmd/compile/internal/syntax's ShortForm.
class ExprPrinter {
public:
  explicit ExprPrinter(std::string &out) : out_(out) {}

  void expr(Expr *e) {
    if (!e)
      return;
    if (++depth_ > 50) {
      out_ += "…";
      --depth_;
      return;
    }
    print(e);
    --depth_;
  }

private:
  void print(Expr *e) {
    switch (e->kind()) {
    case NodeKind::BadExpr: out_ += "<bad expr>"; break;
    case NodeKind::Ident: out_ += llvm::cast<Ident>(e)->name; break;
    case NodeKind::Ellipsis:
      out_ += "...";
      expr(llvm::cast<Ellipsis>(e)->elt);
      break;
    case NodeKind::BasicLit: out_ += llvm::cast<BasicLit>(e)->value; break;
    case NodeKind::FuncLit: funcLit(llvm::cast<FuncLit>(e)); break;
    case NodeKind::CompositeLit: compositeLit(llvm::cast<CompositeLit>(e)); break;
    case NodeKind::ParenExpr:
      out_ += "(";
      expr(llvm::cast<ParenExpr>(e)->x);
      out_ += ")";
      break;
    case NodeKind::SelectorExpr: {
      auto *s = llvm::cast<SelectorExpr>(e);
      expr(s->x);
      out_ += "." + s->sel->name;
      break;
    }
    case NodeKind::IndexExpr: {
      auto *s = llvm::cast<IndexExpr>(e);
      expr(s->x);
      out_ += "[";
      expr(s->index);
      out_ += "]";
      break;
    }
    case NodeKind::SliceExpr: sliceExpr(llvm::cast<SliceExpr>(e)); break;
    case NodeKind::TypeAssertExpr: {
      auto *s = llvm::cast<TypeAssertExpr>(e);
      expr(s->x);
      out_ += ".(";
      if (s->type)
        expr(s->type);
      else
        out_ += "type";
      out_ += ")";
      break;
    }
    case NodeKind::CallExpr: call(llvm::cast<CallExpr>(e)); break;
    case NodeKind::StarExpr:
      out_ += "*";
      expr(llvm::cast<StarExpr>(e)->x);
      break;
    case NodeKind::UnaryExpr: {
      auto *u = llvm::cast<UnaryExpr>(e);
      out_ += tokString(u->op);
      expr(u->x);
      break;
    }
    case NodeKind::BinaryExpr: {
      auto *b = llvm::cast<BinaryExpr>(e);
      expr(b->x);
      out_ += " ";
      out_ += tokString(b->op);
      out_ += " ";
      expr(b->y);
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto *kv = llvm::cast<KeyValueExpr>(e);
      expr(kv->key);
      out_ += ": ";
      expr(kv->value);
      break;
    }
    case NodeKind::ArrayType: {
      auto *a = llvm::cast<ArrayType>(e);
      out_ += "[";
      if (a->len && llvm::isa<Ellipsis>(a->len))
        out_ += "...";
      else
        expr(a->len);
      out_ += "]";
      expr(a->elt);
      break;
    }
    case NodeKind::StructType: structType(llvm::cast<StructType>(e)); break;
    case NodeKind::FuncType:
      out_ += "func";
      signature(llvm::cast<FuncType>(e));
      break;
    case NodeKind::InterfaceType: interfaceType(llvm::cast<InterfaceType>(e)); break;
    case NodeKind::MapType: {
      auto *m = llvm::cast<MapType>(e);
      out_ += "map[";
      expr(m->key);
      out_ += "]";
      expr(m->value);
      break;
    }
    case NodeKind::ChanType: chanType(llvm::cast<ChanType>(e)); break;
    default: out_ += "?"; break;
    }
  }

  void list(const std::vector<Expr *> &es) {
    for (size_t i = 0; i < es.size(); i++) {
      if (i)
        out_ += ", ";
      expr(es[i]);
    }
  }

  void funcLit(FuncLit *f) {
    expr(f->type);
    out_ += " {";
    if (f->body && !f->body->list.empty())
      out_ += "…";
    out_ += "}";
  }

  void compositeLit(CompositeLit *c) {
    if (c->type)
      expr(c->type);
    out_ += "{";
    if (!c->elts.empty())
      out_ += "…";
    out_ += "}";
  }

  void sliceExpr(SliceExpr *s) {
    expr(s->x);
    out_ += "[";
    expr(s->low);
    out_ += ":";
    expr(s->high);
    if (s->max) {
      out_ += ":";
      expr(s->max);
    }
    out_ += "]";
  }

  void call(CallExpr *c) {
    expr(c->fun);
    out_ += "(";
    list(c->args);
    if (c->hasEllipsis())
      out_ += "...";
    out_ += ")";
  }

  void fieldList(FieldList *fl, const char *sep) {
    if (!fl)
      return;
    for (size_t i = 0; i < fl->list.size(); i++) {
      if (i)
        out_ += sep;
      Field *f = fl->list[i];
      for (size_t j = 0; j < f->names.size(); j++) {
        if (j)
          out_ += ", ";
        out_ += f->names[j]->name;
      }
      if (!f->names.empty())
        out_ += " ";
      expr(f->type);
    }
  }

  void signature(FuncType *f) {
    out_ += "(";
    fieldList(f->params, ", ");
    out_ += ")";
    if (!f->results || f->results->list.empty())
      return;
    out_ += " ";
    if (f->results->list.size() == 1 && f->results->list[0]->names.empty()) {
      expr(f->results->list[0]->type);
      return;
    }
    out_ += "(";
    fieldList(f->results, ", ");
    out_ += ")";
  }

  void structType(StructType *s) {
    out_ += "struct{";
    fieldList(s->fields, "; ");
    out_ += "}";
  }

  void interfaceType(InterfaceType *it) {
    out_ += "interface{";
    if (it->methods) {
      for (size_t i = 0; i < it->methods->list.size(); i++) {
        if (i)
          out_ += "; ";
        Field *f = it->methods->list[i];
        if (!f->names.empty()) {
          out_ += f->names[0]->name;
          if (auto *ft = llvm::dyn_cast<FuncType>(f->type))
            signature(ft);
        } else {
          expr(f->type);
        }
      }
    }
    out_ += "}";
  }

  void chanType(ChanType *c) {
    if (c->dir == ChanRecv)
      out_ += "<-";
    out_ += "chan";
    if (c->dir == ChanSend)
      out_ += "<-";
    out_ += " ";
    auto *e = llvm::dyn_cast<ChanType>(c->value);
    if (c->dir == ChanBoth && e && e->dir == ChanRecv) {
      out_ += "(";
      expr(c->value);
      out_ += ")";
    } else {
      expr(c->value);
    }
  }

  std::string &out_;
  int depth_ = 0;
};

const char *modeString(Mode m) {
  switch (m) {
  case Mode::Invalid: return "invalid operand";
  case Mode::NoValue: return "no value";
  case Mode::Builtin: return "built-in";
  case Mode::TypeExpr: return "type";
  case Mode::Constant: return "constant";
  case Mode::Variable: return "variable";
  case Mode::MapIndex: return "map index expression";
  case Mode::Value: return "value";
  case Mode::CommaOk: return "comma, ok expression";
  }
  return "";
}

} // namespace

std::string Checker::str(Expr *e) const {
  std::string s;
  ExprPrinter(s).expr(e);
  return s;
}

std::string Checker::str(const Operand &x) const {
  if (x.isNil()) {
    auto *b = llvm::dyn_cast_or_null<Basic>(x.type);
    if (!x.type || (b && b->basicKind == BasicKind::Invalid))
      return "nil (with invalid type)";
    if (b && b->basicKind == BasicKind::UntypedNil)
      return "nil";
    return "nil (of type " + str(x.type) + ")";
  }
  std::string expr;
  if (x.expr)
    expr = str(x.expr);
  else if (x.mode == Mode::TypeExpr)
    expr = str(x.type);
  else if (x.mode == Mode::Constant && x.val)
    expr = x.val->str();
  std::string buf;
  if (!expr.empty())
    buf = expr + " (";
  bool hasType = false;
  switch (x.mode) {
  case Mode::Invalid:
  case Mode::NoValue:
  case Mode::Builtin:
  case Mode::TypeExpr: break;
  default:
    if (x.type) {
      if (isUntyped(x.type)) {
        buf += llvm::cast<Basic>(x.type)->name + " ";
        break;
      }
      hasType = true;
    }
  }
  buf += modeString(x.mode);
  if (x.mode == Mode::Constant && x.val) {
    std::string s = x.val->str();
    if (s != expr)
      buf += " " + s;
  }
  if (hasType) {
    if (under(x.type)->kind() == TypeKind::Basic &&
        llvm::cast<Basic>(under(x.type))->basicKind == BasicKind::Invalid &&
        !llvm::isa<Named>(x.type))
      buf += " with invalid type";
    else
      buf += " of type " + str(x.type);
  }
  if (!expr.empty())
    buf += ")";
  return buf;
}

//===----------------------------------------------------------------------===//
// Recording
//===----------------------------------------------------------------------===//

void Checker::record(Operand &x) {
  Expr *e = x.expr;
  if (!e)
    return;
  e->tv.mode = x.mode;
  e->tv.type = x.type;
  e->tv.value = x.mode == Mode::Constant ? x.val : nullptr;
  if (x.mode == Mode::Invalid)
    e->tv.type = tctx.basic(BasicKind::Invalid);
  if (x.mode != Mode::Invalid && x.type && isUntyped(x.type))
    recordUntyped(e, false);
}

void Checker::recordUntyped(Expr *e, bool isLhs) {
  auto it = untyped.find(e);
  if (it == untyped.end())
    untyped.emplace(e, isLhs);
  else if (isLhs)
    it->second = true;
}

void Checker::updateExprType(Expr *x, Type *typ, bool final) {
  updateExprType0(nullptr, x, typ, final);
}

void Checker::updateExprType0(Expr *parent, Expr *x, Type *typ, bool final) {
  auto it = untyped.find(x);
  if (it == untyped.end())
    return;
  bool isLhs = it->second;
  bool isConst = x->tv.mode == Mode::Constant;
  switch (x->kind()) {
  case NodeKind::ParenExpr:
    updateExprType0(x, llvm::cast<ParenExpr>(x)->x, typ, final);
    break;
  case NodeKind::UnaryExpr:
    if (!isConst)
      updateExprType0(x, llvm::cast<UnaryExpr>(x)->x, typ, final);
    break;
  case NodeKind::BinaryExpr: {
    auto *b = llvm::cast<BinaryExpr>(x);
    if (isConst)
      break;
    bool cmp = b->op == Tok::Eql || b->op == Tok::Neq || b->op == Tok::Lss ||
               b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq;
    if (cmp)
      break;
    updateExprType0(x, b->x, typ, final);
    if (b->op != Tok::Shl && b->op != Tok::Shr)
      updateExprType0(x, b->y, typ, final);
    break;
  }
  default: break;
  }
  if (!final && isUntyped(typ)) {
    x->tv.type = under(typ);
    return;
  }
  untyped.erase(x);
  if (isLhs && !isInteger(typ)) {
    error(x->pos(), "invalid operation: " + str(parent ? parent : x) + " (shift of type " +
                        str(typ) + ")");
    return;
  }
  if (isConst && x->tv.value) {
    Operand c;
    c.mode = Mode::Constant;
    c.expr = x;
    c.type = x->tv.type;
    c.val = x->tv.value;
    // convertUntyped must not recurse into updateExprType for x itself.
    Type *newType = nullptr;
    constant::VP val = nullptr;
    int code = 0;
    if (!implicitTypeAndValue(c, typ, newType, val, code)) {
      if (code == 1) { // not representable: report like convertUntyped
        representableErr(c, llvm::dyn_cast<Basic>(under(typ)));
      } else {
        error(x->pos(), "cannot convert " + str(c) + " to type " + str(typ));
      }
      return;
    }
    if (val)
      x->tv.value = val;
  }
  x->tv.type = typ;
}

void Checker::updateExprVal(Expr *x, constant::VP v) {
  if (!untyped.count(x))
    return;
  if (auto *p = llvm::dyn_cast<ParenExpr>(x))
    updateExprVal(p->x, v);
  if (x->tv.mode == Mode::Constant)
    x->tv.value = v;
}

void Checker::recordDef(Ident *id, Object *obj) {
  if (id)
    id->obj = obj;
}

void Checker::recordUse(Ident *id, Object *obj) {
  if (id)
    id->obj = obj;
}

Scope *Checker::newScope(Scope *parent, Pos pos, Pos end, const char *what) {
  Scope *s = tctx.make<Scope>(parent, pos, end, what);
  if (parent && parent != tctx.universe())
    parent->children.push_back(s);
  return s;
}

void Checker::declare(Scope *s, Ident *id, Object *obj) {
  if (id)
    recordDef(id, obj);
  if (obj->name == "_")
    return;
  if (Object *alt = s->insert(obj)) {
    std::string msg = obj->name + " redeclared in this block";
    if (alt->pos != NoPos)
      msg += "\n\t" + posString(alt->pos) + ": other declaration of " + obj->name;
    error(obj->pos, msg);
  }
}

void Checker::useExprs(const std::vector<Expr *> &es) {
  for (Expr *e : es)
    useExpr(e);
}

/// Evaluates e for its side effects on usage only (after an error), so that
/// no spurious "declared but not used" errors follow.
void Checker::useExpr(Expr *e) {
  if (!e)
    return;
  Expr *u = e;
  while (auto *p = llvm::dyn_cast<ParenExpr>(u))
    u = p->x;
  if (auto *id = llvm::dyn_cast<Ident>(u); id && id->name == "_")
    return;
  Operand x;
  rawExpr(x, e, nullptr, false);
}

} // namespace check
} // namespace golite
