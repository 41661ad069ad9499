//===- frontend/check/decl.cpp - Declarations -----------------------------===//
//
// This file implements the type-checking of declarations (go/types
// decl.go): package-level objects are checked on demand by objDecl with
// grey/black colouring so that cycles are found and reported once; named
// types resolve their underlying type through chains of defined types;
// validType rejects types that contain themselves; methods are attached to
// their receiver base types; function bodies are checked after all
// package-level declarations.
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

#include <algorithm>

namespace golite::check {

namespace {
struct EnvSaver {
  Checker &c;
  DeclInfo *decl;
  Scope *scope;
  constant::VP iota;
  FuncState *fs;
  std::vector<FuncLit *> lits;
  explicit EnvSaver(Checker &c)
      : c(c), decl(c.decl), scope(c.scope), iota(c.iota), fs(c.fs), lits(c.litStack) {}
  ~EnvSaver() {
    c.decl = decl;
    c.scope = scope;
    c.iota = iota;
    c.fs = fs;
    c.litStack = lits;
  }
};
} // namespace

void Checker::packageObjects() {
  // Type declarations first (non-alias, then alias), then methods, then the
  // rest, as go/types does, so that method sets are complete early.
  for (int pass = 0; pass < 2; pass++)
    for (Object *o : objList)
      if (auto *tn = llvm::dyn_cast<TypeName>(o)) {
        DeclInfo *d = objMap[o];
        bool alias = d && d->tspec && d->tspec->isAlias();
        if (alias == (pass == 1))
          objDecl(o);
      }
  // Resolve any named types whose underlying type chain was still open.
  for (Object *o : objList)
    if (auto *tn = llvm::dyn_cast<TypeName>(o))
      if (auto *n = llvm::dyn_cast_or_null<Named>(tn->type))
        resolveUnder(n);
  for (auto &[m, di] : methodDecls)
    objDecl(m);
  for (Object *o : objList)
    objDecl(o);
}

void Checker::objDecl(Object *obj) {
  if (!obj)
    return;
  Color &col = color[obj];
  if (col == Color::White && obj->type && !llvm::isa<Func>(obj)) {
    col = Color::Black;
    return;
  }
  if (col == Color::Black)
    return;
  if (col == Color::Grey) {
    bool valid = validCycle(obj);
    switch (obj->kind()) {
    case ObjKind::Const:
    case ObjKind::Var:
      if (!valid || !obj->type)
        obj->type = tctx.basic(BasicKind::Invalid);
      break;
    case ObjKind::TypeName:
      if (!valid) {
        if (auto *n = llvm::dyn_cast_or_null<Named>(obj->type)) {
          if (!n->under)
            n->under = tctx.basic(BasicKind::Invalid);
        } else {
          obj->type = tctx.basic(BasicKind::Invalid);
        }
      }
      if (!obj->type)
        obj->type = tctx.basic(BasicKind::Invalid);
      break;
    default: break;
    }
    return;
  }
  DeclInfo *d = objMap.count(obj) ? objMap[obj] : nullptr;
  if (!d)
    return;
  col = Color::Grey;
  objPathIndex[obj] = objPathStack.size();
  objPathStack.push_back(obj);
  {
    EnvSaver save(*this);
    decl = d;
    scope = d->fileScope;
    iota = nullptr;
    fs = nullptr;
    litStack.clear();
    switch (obj->kind()) {
    case ObjKind::Const:
      inheritedInit = d->vspec && d->init &&
                      std::find(d->vspec->values.begin(), d->vspec->values.end(), d->init) ==
                          d->vspec->values.end();
      constDecl(llvm::cast<Const>(obj), d->typ, d->init, d->iota);
      inheritedInit = false;
      break;
    case ObjKind::Var:
      varDecl(llvm::cast<Var>(obj), d->lhs, d->typ, d->init);
      break;
    case ObjKind::TypeName: typeDecl(llvm::cast<TypeName>(obj), d->tspec); break;
    case ObjKind::Func: funcDecl(llvm::cast<Func>(obj), d); break;
    default: break;
    }
  }
  objPathStack.pop_back();
  objPathIndex.erase(obj);
  color[obj] = Color::Black;
}

bool Checker::validCycle(Object *obj) {
  auto it = objPathIndex.find(obj);
  if (it == objPathIndex.end())
    return true;
  std::vector<Object *> cycle(objPathStack.begin() + it->second, objPathStack.end());
  size_t nval = 0, ndef = 0;
  for (Object *o : cycle) {
    if (llvm::isa<Const>(o) || llvm::isa<Var>(o))
      nval++;
    else if (auto *tn = llvm::dyn_cast<TypeName>(o)) {
      DeclInfo *d = objMap.count(o) ? objMap[o] : nullptr;
      bool alias = d && d->tspec ? d->tspec->isAlias() : tn->isAlias;
      if (!alias)
        ndef++;
    }
  }
  if (nval == cycle.size())
    return true; // reported by the initialization order check
  if (nval == 0 && ndef > 0)
    return true;
  cycleError(cycle);
  return false;
}

void Checker::cycleError(const std::vector<Object *> &cycle) {
  if (cycle.empty())
    return;
  size_t i = 0;
  for (size_t j = 1; j < cycle.size(); j++)
    if (cycle[j]->pos < cycle[i]->pos)
      i = j;
  Object *obj = cycle[i];
  std::string msg = llvm::isa<TypeName>(obj) ? "invalid recursive type " + objPath(obj)
                                             : "illegal cycle in declaration of " + objPath(obj);
  for (size_t k = 0; k < cycle.size(); k++) {
    msg += "\n\t" + posString(obj->pos) + ": " + objPath(obj) + " refers to";
    i = (i + 1) % cycle.size();
    obj = cycle[i];
  }
  msg += "\n\t" + posString(obj->pos) + ": " + objPath(obj);
  error(cycle[0]->pos < obj->pos ? obj->pos : obj->pos, msg);
}

void Checker::constDecl(Const *obj, Expr *typ, Expr *init, int iotaVal) {
  iota = constant::makeInt64(iotaVal);
  if (typ) {
    Type *t = typExpr(typ);
    if (!isConstType(t)) {
      if (under(t)->kind() != TypeKind::Basic ||
          llvm::cast<Basic>(under(t))->basicKind != BasicKind::Invalid)
        error(spos(typ), "invalid constant type " + str(t));
      obj->type = tctx.basic(BasicKind::Invalid);
      obj->value = constant::makeUnknown();
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (init) {
    bool inherited = inheritedInit;
    Pos saved = errpos;
    if (inherited)
      errpos = obj->pos;
    expr(x, init);
    errpos = saved;
  }
  initConst(obj, x);
  iota = nullptr;
}

void Checker::varDecl(Var *obj, const std::vector<Var *> &lhs, Expr *typ, Expr *init) {
  struct MarkInvalidUsed {
    Checker &c;
    Var *obj;
    const std::vector<Var *> &lhs;
    ~MarkInvalidUsed() {
      auto bad = [](Var *v) {
        auto *b = llvm::dyn_cast_or_null<Basic>(v->type);
        return b && b->basicKind == BasicKind::Invalid;
      };
      if (bad(obj))
        obj->used = true;
      for (Var *v : lhs)
        if (bad(v))
          v->used = true;
    }
  } mark{*this, obj, lhs};
  if (typ) {
    obj->type = varType(typ);
    for (Var *v : lhs)
      v->type = obj->type;
  }
  if (!init) {
    if (!typ)
      obj->type = tctx.basic(BasicKind::Invalid);
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    exprWithHint(x, init, obj->type);
    initVar(obj, x, "variable declaration");
    return;
  }
  initVars(lhs, {init}, NoPos);
}

Type *Checker::resolveUnder(Named *n) {
  if (n->under)
    return n->under;
  std::vector<Named *> path;
  Named *cur = n;
  Type *u = nullptr;
  for (int guard = 0; guard < 1000; guard++) {
    if (cur->under) {
      u = cur->under;
      break;
    }
    auto pos = std::find(path.begin(), path.end(), cur);
    if (pos != path.end()) {
      std::vector<Object *> cycle;
      for (auto it = pos; it != path.end(); ++it)
        cycle.push_back((*it)->obj);
      cycleError(cycle);
      u = tctx.basic(BasicKind::Invalid);
      break;
    }
    path.push_back(cur);
    auto it = namedRhs.find(cur);
    if (it == namedRhs.end() || !it->second)
      return nullptr; // not yet known
    Type *next = it->second;
    if (auto *nn = llvm::dyn_cast<Named>(next)) {
      cur = nn;
      continue;
    }
    u = next;
    break;
  }
  if (!u)
    u = tctx.basic(BasicKind::Invalid);
  for (Named *p : path)
    p->under = u;
  return u;
}

bool Checker::validType(Type *t, std::vector<Named *> &path) {
  if (!t || path.size() > 200)
    return true;
  switch (t->kind()) {
  case TypeKind::Array:
    return validType(llvm::cast<Array>(t)->elem, path);
  case TypeKind::Struct:
    for (Var *f : llvm::cast<Struct>(t)->fields)
      if (!validType(f->type, path))
        return false;
    return true;
  case TypeKind::Interface:
    for (Type *e : llvm::cast<Interface>(t)->embeddeds)
      if (!validType(e, path))
        return false;
    return true;
  case TypeKind::Named: {
    auto *n = llvm::cast<Named>(t);
    if (invalidNamed.count(n))
      return false;
    auto it = std::find(path.begin(), path.end(), n);
    if (it != path.end()) {
      std::vector<Object *> cycle;
      for (auto j = it; j != path.end(); ++j)
        cycle.push_back((*j)->obj);
      cycleError(cycle);
      for (auto j = it; j != path.end(); ++j) {
        invalidNamed.insert(*j);
        (*j)->under = tctx.basic(BasicKind::Invalid);
      }
      return false;
    }
    // Types of other packages were validated there; each named type is
    // entered once per top-level check.
    if (n->obj->pkg != pkg || validVisited.count(n))
      return true;
    validVisited.insert(n);
    path.push_back(n);
    // Follow the declared right-hand side (another named type, possibly),
    // so that cycles name every type on the way.
    auto rhs = namedRhs.find(n);
    bool ok = validType(rhs != namedRhs.end() && rhs->second ? rhs->second : n->under, path);
    path.pop_back();
    if (!ok)
      invalidNamed.insert(n);
    return ok;
  }
  default: return true;
  }
}

void Checker::typeDecl(TypeName *obj, TypeSpec *spec) {
  if (spec->typeParams && !spec->typeParams->list.empty())
    error(spec->typeParams->pos(), "generic type cannot be declared: golite does not support generics");
  if (spec->isAlias()) {
    obj->isAlias = true;
    obj->type = tctx.basic(BasicKind::Invalid);
    obj->type = varType(spec->type);
    return;
  }
  auto *named = tctx.make<Named>(obj);
  obj->type = named;
  Type *rhs = definedType(spec->type, named);
  namedRhs[named] = rhs;
  if (!llvm::isa_and_nonnull<Named>(rhs)) {
    if (!named->under)
      named->under = rhs ? under(rhs) : tctx.basic(BasicKind::Invalid);
  }
  resolveUnder(named);
  std::vector<Named *> path;
  validVisited.clear();
  validType(named, path);
  collectMethods(obj);
}

void Checker::collectMethods(TypeName *obj) {
  auto it = methodsByBase.find(obj);
  if (it == methodsByBase.end())
    return;
  auto *named = llvm::dyn_cast_or_null<Named>(obj->type);
  if (!named)
    return;
  auto *st = llvm::dyn_cast_or_null<Struct>(named->under);
  for (Func *m : it->second) {
    if (m->name == "_") {
      named->methods.push_back(m);
      continue;
    }
    bool dup = false;
    for (Func *o : named->methods) {
      if (o->name == m->name) {
        error(m->pos, obj->name + "." + m->name + " redeclared in this block\n\t" +
                          posString(o->pos) + ": other declaration of " + m->name);
        dup = true;
        break;
      }
    }
    if (dup)
      continue;
    if (st) {
      for (Var *f : st->fields)
        if (f->name == m->name) {
          error(m->pos, "field and method with the same name " + m->name + "\n\t" +
                            posString(f->pos) + ": other declaration of " + m->name);
          break;
        }
    }
    named->methods.push_back(m);
  }
}

void Checker::funcDecl(Func *obj, DeclInfo *d) {
  FuncDecl *fd = d->fdecl;
  Scope *fscope = newScope(pkg->scope, fd->pos(), fd->end(), "function");
  fscope->isFunc = true;
  // Receiver and parameter types are resolved in the file scope.
  fscope->parent = d->fileScope;
  // Guard against cycles through the function's own name (types2 sets the
  // signature before collecting the parameters).
  auto *sig = tctx.make<Signature>(nullptr, tctx.newTuple({}), tctx.newTuple({}), false);
  obj->type = sig;
  Signature *real = funcType(fd->type, fd->recv, fscope);
  *sig = *real;
  if (sig->recv)
    sig->recv->owner = obj;
  for (Var *v : sig->params->vars)
    v->owner = obj;
  for (Var *v : sig->results->vars)
    v->owner = obj;
  pkg->funcs.push_back(obj);
  funcScopes[obj] = fscope;
  if (!fd->body)
    return;
  later([this, obj, d, fscope] {
    EnvSaver save(*this);
    decl = d;
    iota = nullptr;
    litStack.clear();
    funcBody(obj, nullptr, obj->sig(), obj->decl->body, fscope);
  });
}

void Checker::later(std::function<void()> f) { delayed.push_back(std::move(f)); }

void Checker::processDelayed(size_t top) {
  for (size_t i = top; i < delayed.size(); i++) {
    std::function<void()> f = delayed[i]; // f may append to delayed
    f();
  }
  if (delayed.size() > top)
    delayed.resize(top);
}

//===----------------------------------------------------------------------===//
// Local declarations
//===----------------------------------------------------------------------===//

void Checker::localDecl(GenDecl *d) {
  switch (d->tok) {
  case Tok::Const: localConstSpecs(d); break;
  case Tok::Var:
    for (Spec *s : d->specs)
      if (auto *vs = llvm::dyn_cast<ValueSpec>(s))
        localVarSpec(vs);
    break;
  case Tok::Type:
    for (Spec *s : d->specs)
      if (auto *ts = llvm::dyn_cast<TypeSpec>(s))
        localTypeSpec(ts);
    break;
  default: break;
  }
}

void Checker::localConstSpecs(GenDecl *d) {
  ValueSpec *last = nullptr;
  int iotaVal = 0;
  for (Spec *sp : d->specs) {
    auto *s = llvm::dyn_cast<ValueSpec>(sp);
    if (!s)
      continue;
    if (s->type || !s->values.empty())
      last = s;
    std::vector<Const *> consts;
    size_t top = delayed.size();
    for (size_t i = 0; i < s->names.size(); i++) {
      Ident *name = s->names[i];
      auto *obj = tctx.make<Const>(name->pos(), pkg, name->name, nullptr, nullptr);
      consts.push_back(obj);
      Expr *init = last && i < last->values.size() ? last->values[i] : nullptr;
      inheritedInit = last && last != s;
      constDecl(obj, last ? last->type : nullptr, init, iotaVal);
      inheritedInit = false;
      if (!obj->type)
        obj->type = tctx.basic(BasicKind::Invalid);
      if (!obj->value)
        obj->value = constant::makeUnknown();
    }
    constArity(s, last);
    processDelayed(top);
    for (size_t i = 0; i < consts.size(); i++) {
      consts[i]->used = true; // constants are never "declared but not used"
      declare(scope, s->names[i], consts[i]);
    }
    iotaVal++;
  }
}

void Checker::localVarSpec(ValueSpec *s) {
  std::vector<Var *> lhs;
  for (Ident *name : s->names) {
    auto *v = tctx.make<Var>(name->pos(), pkg, name->name, nullptr);
    v->owner = fs ? fs->func : nullptr;
    varLit[v] = litStack.empty() ? nullptr : litStack.back();
    lhs.push_back(v);
  }
  size_t nv = s->values.size();
  size_t top = delayed.size();
  for (size_t i = 0; i < lhs.size(); i++) {
    if (nv == 1 && lhs.size() > 1) {
      varDecl(lhs[0], lhs, s->type, s->values[0]);
      break;
    }
    Expr *init = nv == lhs.size() || i < nv ? (i < nv ? s->values[i] : nullptr) : nullptr;
    varDecl(lhs[i], {}, s->type, init);
  }
  if (!s->type || nv > 0)
    varArity(s);
  processDelayed(top);
  for (size_t i = 0; i < lhs.size(); i++) {
    auto *b = llvm::dyn_cast_or_null<Basic>(lhs[i]->type);
    if (!lhs[i]->type || (b && b->basicKind == BasicKind::Invalid))
      lhs[i]->used = true;
    declare(scope, s->names[i], lhs[i]);
  }
}

void Checker::localTypeSpec(TypeSpec *s) {
  auto *obj = tctx.make<TypeName>(s->name->pos(), pkg, s->name->name, nullptr);
  declare(scope, s->name, obj);
  color[obj] = Color::Grey;
  objPathIndex[obj] = objPathStack.size();
  objPathStack.push_back(obj);
  typeDecl(obj, s);
  objPathStack.pop_back();
  objPathIndex.erase(obj);
  color[obj] = Color::Black;
}

} // namespace golite::check
