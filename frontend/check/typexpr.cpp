//===- frontend/check/typexpr.cpp - Type expressions ----------------------===//
//
// This file implements the evaluation of type expressions (go/types
// typexpr.go, struct.go, signature.go, interface.go): identifiers and
// qualified identifiers denoting types, and one handler per type literal.
// Composite type literals are attached to the defined type being declared
// before their components are checked, so that recursive types through
// pointers, slices, maps, channels and functions resolve.
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

namespace golite::check {

Type *Checker::setDef(Named *def, Type *t) {
  if (def && !def->under && t && !llvm::isa<Named>(t))
    def->under = t;
  return t;
}

Type *Checker::typExpr(Expr *e) { return definedType(e, nullptr); }

Type *Checker::varType(Expr *e) {
  Type *t = definedType(e, nullptr);
  if (auto *n = llvm::dyn_cast_or_null<Named>(t))
    if (n->obj == tctx.comparableObj()) {
      error(e->pos(), "cannot use type comparable outside a type constraint: interface is "
                      "(or embeds) comparable");
      return tctx.basic(BasicKind::Invalid);
    }
  return t;
}

Type *Checker::definedType(Expr *e, Named *def) {
  if (!e)
    return tctx.basic(BasicKind::Invalid);
  if (++depth > 2500) {
    --depth;
    error(e->pos(), "type expression nested too deeply");
    return tctx.basic(BasicKind::Invalid);
  }
  Type *t = typInternal(e, def);
  --depth;
  if (!t)
    t = tctx.basic(BasicKind::Invalid);
  e->tv.mode = Mode::TypeExpr;
  e->tv.type = t;
  e->tv.value = nullptr;
  return t;
}

Type *Checker::typInternal(Expr *e, Named *def) {
  switch (e->kind()) {
  case NodeKind::Ident:
  case NodeKind::SelectorExpr: {
    Operand x;
    if (auto *id = llvm::dyn_cast<Ident>(e))
      identExpr(x, id);
    else
      selector(x, llvm::cast<SelectorExpr>(e));
    if (x.mode == Mode::TypeExpr)
      return x.type;
    if (x.mode != Mode::Invalid)
      error(spos(e), str(x) + " is not a type");
    return nullptr;
  }
  case NodeKind::ParenExpr: return definedType(llvm::cast<ParenExpr>(e)->x, def);
  case NodeKind::ArrayType: {
    auto *a = llvm::cast<ArrayType>(e);
    if (!a->len) {
      auto *s = tctx.make<Slice>(nullptr);
      setDef(def, s);
      s->elem = varType(a->elt);
      return s;
    }
    if (llvm::isa<Ellipsis>(a->len)) {
      error(a->pos(), "invalid use of [...] array (outside a composite literal)");
      varType(a->elt);
      return nullptr;
    }
    auto *arr = tctx.make<Array>(nullptr, 0);
    setDef(def, arr);
    arr->len = arrayLength(a->len);
    arr->elem = varType(a->elt);
    return arr;
  }
  case NodeKind::Ellipsis:
    error(e->pos(), "invalid use of '...'");
    return nullptr;
  case NodeKind::StructType: {
    auto *s = tctx.make<Struct>(std::vector<Var *>{}, std::vector<std::string>{});
    setDef(def, s);
    Type *r = structType(llvm::cast<StructType>(e));
    auto *rs = llvm::dyn_cast<Struct>(r);
    s->fields = rs->fields;
    s->tags = rs->tags;
    return s;
  }
  case NodeKind::StarExpr: {
    auto *p = tctx.make<Pointer>(nullptr);
    setDef(def, p);
    p->elem = typExpr(llvm::cast<StarExpr>(e)->x);
    return p;
  }
  case NodeKind::FuncType: {
    Scope *s = newScope(scope, e->pos(), e->end(), "function type");
    return funcType(llvm::cast<FuncType>(e), nullptr, s);
  }
  case NodeKind::InterfaceType: return interfaceType(llvm::cast<InterfaceType>(e), def);
  case NodeKind::MapType: return mapType(llvm::cast<MapType>(e));
  case NodeKind::ChanType: return chanType(llvm::cast<ChanType>(e));
  default: {
    Operand x;
    rawExpr(x, e, nullptr, false);
    if (x.mode != Mode::Invalid)
      error(e->pos(), str(e) + " is not a type");
    return nullptr;
  }
  }
}

int64_t Checker::arrayLength(Expr *e) {
  if (auto *id = llvm::dyn_cast<Ident>(e)) {
    Object *obj = scope->lookupParent(id->name);
    if (!obj) {
      error(id->pos(), "undeclared name " + id->name + " for array length");
      return -1;
    }
    if (!llvm::isa<Const>(obj)) {
      error(id->pos(), "invalid array length " + id->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::Constant) {
    if (x.mode != Mode::Invalid)
      error(e->pos(), "array length " + str(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    constant::VP v = constant::toInt(x.val);
    if (v && v->kind() == constant::Kind::Int && constant::int64Val(v)) {
      int64_t n = *constant::int64Val(v);
      if (n >= 0)
        return n;
      error(spos(e), "invalid array length " + str(x));
      return -1;
    }
  }
  error(spos(e), "array length " + str(x) + " must be integer");
  return -1;
}

static Ident *embeddedFieldIdent(Expr *e) {
  for (int guard = 0; e && guard < 100; guard++) {
    if (auto *id = llvm::dyn_cast<Ident>(e))
      return id;
    if (auto *s = llvm::dyn_cast<StarExpr>(e))
      e = s->x;
    else if (auto *s = llvm::dyn_cast<SelectorExpr>(e))
      return s->sel;
    else if (auto *p = llvm::dyn_cast<ParenExpr>(e))
      e = p->x;
    else
      return nullptr;
  }
  return nullptr;
}

Type *Checker::structType(StructType *e) {
  std::vector<Var *> fields;
  std::vector<std::string> tags;
  std::map<std::string, Var *> seen;
  auto add = [&](Ident *id, Var *f, const std::string &tag) {
    if (f->name != "_") {
      auto [it, ok] = seen.emplace(f->name, f);
      if (!ok) {
        error(f->pos, f->name + " redeclared\n\t" + posString(it->second->pos) +
                          ": other declaration of " + f->name);
        return;
      }
    }
    if (id)
      recordDef(id, f);
    fields.push_back(f);
    tags.push_back(tag);
  };
  if (e->fields) {
    for (Field *fld : e->fields->list) {
      Type *t = varType(fld->type);
      std::string tag;
      if (fld->tag) {
        constant::VP v = constant::makeFromLiteral(fld->tag->value, Tok::String);
        if (v && v->kind() == constant::Kind::String)
          tag = constant::stringVal(v);
      }
      if (!fld->names.empty()) {
        for (Ident *n : fld->names) {
          auto *f = tctx.make<Var>(n->pos(), pkg, n->name, t);
          f->isField = true;
          add(n, f, tag);
        }
        continue;
      }
      // Embedded field.
      Ident *id = embeddedFieldIdent(fld->type);
      std::string name = id ? id->name : "_";
      auto *f = tctx.make<Var>(fld->type->pos(), pkg, name, t);
      f->isField = true;
      f->embedded = true;
      bool isPtr = false;
      Type *base = derefType(t, &isPtr);
      Type *u = under(base);
      if (auto *b = llvm::dyn_cast<Basic>(u)) {
        if (b->basicKind == BasicKind::UnsafePointer)
          error(fld->type->pos(), "embedded field type cannot be unsafe.Pointer");
      } else if (llvm::isa<Pointer>(u)) {
        error(fld->type->pos(), "embedded field type cannot be a pointer");
      } else if (isPtr && llvm::isa<Interface>(u)) {
        error(fld->type->pos(), "embedded field type cannot be a pointer to an interface");
      }
      add(nullptr, f, tag);
    }
  }
  return tctx.make<Struct>(std::move(fields), std::move(tags));
}

Type *Checker::mapType(MapType *e) {
  Type *k = varType(e->key);
  Type *v = varType(e->value);
  auto *m = tctx.newMap(k, v);
  // Delayed: the key type may not be set up yet (go/types issue 6667).
  later([this, e, k] {
    auto *b = llvm::dyn_cast<Basic>(under(k));
    if (b && b->basicKind == BasicKind::Invalid)
      return;
    if (!comparable(k))
      error(spos(e->key), "invalid map key type " + str(k));
  });
  return m;
}

void Checker::checkMapKeys() {
  for (auto &[e, k] : mapKeys) {
    if (under(k)->kind() == TypeKind::Basic &&
        llvm::cast<Basic>(under(k))->basicKind == BasicKind::Invalid)
      continue;
    if (!comparable(k))
      error(spos(e->key), "invalid map key type " + str(k));
  }
  mapKeys.clear();
}

Type *Checker::chanType(ChanType *e) {
  Type *elem = varType(e->value);
  return tctx.newChan(e->dir, elem);
}

Tuple *Checker::collectParams(Scope *s, FieldList *list, bool variadicOk, bool *variadic) {
  std::vector<Var *> vars;
  if (variadic)
    *variadic = false;
  if (!list)
    return tctx.newTuple({});
  for (size_t i = 0; i < list->list.size(); i++) {
    Field *f = list->list[i];
    Expr *ftype = f->type;
    bool isVariadic = false;
    if (auto *el = llvm::dyn_cast_or_null<Ellipsis>(ftype)) {
      ftype = el->elt;
      if (variadicOk && i + 1 == list->list.size() && f->names.size() <= 1)
        isVariadic = true;
      else
        error(el->pos(), "can only use ... with final parameter in list");
    }
    Type *t = varType(ftype);
    if (isVariadic) {
      t = tctx.newSlice(t);
      f->type->tv.mode = Mode::TypeExpr;
      f->type->tv.type = t;
      if (variadic)
        *variadic = true;
    }
    auto makeParam = [&](Ident *n) {
      auto *v = tctx.make<Var>(n ? n->pos() : ftype->pos(), pkg, n ? n->name : "", t);
      v->isParam = true;
      v->used = true; // parameters are never "declared but not used"
      varLit[v] = litStack.empty() ? nullptr : litStack.back();
      if (n)
        declare(s, n, v);
      vars.push_back(v);
    };
    if (f->names.empty())
      makeParam(nullptr);
    for (Ident *n : f->names)
      makeParam(n);
  }
  return tctx.newTuple(std::move(vars));
}

Signature *Checker::funcType(FuncType *e, FieldList *recvList, Scope *s) {
  if (e->typeParams && !e->typeParams->list.empty() && !recvList)
    error(e->typeParams->pos(), "generic functions are not supported by golite");
  Var *recv = nullptr;
  if (recvList) {
    bool dummy;
    Tuple *rt = collectParams(s, recvList, false, &dummy);
    if (rt->vars.empty()) {
      error(recvList->pos(), "method has no receiver");
    } else {
      if (rt->vars.size() > 1)
        error(rt->vars[1]->pos, "method has multiple receivers");
      recv = rt->vars[0];
    }
  }
  bool variadic = false;
  Tuple *params = collectParams(s, e->params, true, &variadic);
  Tuple *results = collectParams(s, e->results, false, nullptr);
  auto *sig = tctx.make<Signature>(recv, params, results, variadic);
  if (recv && recv->type) {
    // Validate the receiver base type.
    bool isPtr = false;
    Type *base = derefType(recv->type, &isPtr);
    auto *n = llvm::dyn_cast<Named>(base);
    Type *u = under(base);
    bool invalidBase = u->kind() == TypeKind::Basic &&
                       llvm::cast<Basic>(u)->basicKind == BasicKind::Invalid;
    if (!invalidBase) {
      if (!n) {
        if (llvm::isa<Basic>(base))
          error(recv->pos, "cannot define new methods on non-local type " + str(base));
        else
          error(recv->pos, "invalid receiver type " + str(recv->type));
      } else if (n->obj->pkg != pkg) {
        error(recv->pos, "cannot define new methods on non-local type " + str(base));
      } else {
        std::string cause;
        if (auto *b = llvm::dyn_cast<Basic>(u); b && b->basicKind == BasicKind::UnsafePointer)
          cause = "unsafe.Pointer";
        else if (llvm::isa<Pointer>(u) || llvm::isa<Interface>(u))
          cause = "pointer or interface type";
        if (!cause.empty())
          error(recv->pos, "invalid receiver type " + str(base) + " (" + cause + ")");
      }
    }
  }
  return sig;
}

Type *Checker::interfaceType(InterfaceType *e, Named *def) {
  auto *it = tctx.make<Interface>(std::vector<Func *>{}, std::vector<Type *>{});
  setDef(def, it);
  std::map<std::string, Func *> seen;
  if (e->methods) {
    for (Field *f : e->methods->list) {
      if (f->names.empty()) {
        Type *t = typExpr(f->type);
        Type *u = under(t);
        if (!llvm::isa<Interface>(u)) {
          if (!(u->kind() == TypeKind::Basic &&
                llvm::cast<Basic>(u)->basicKind == BasicKind::Invalid))
            error(f->type->pos(), "cannot use " + str(f->type) +
                                      " in interface: golite does not support type constraints");
          continue;
        }
        if (auto *n = llvm::dyn_cast<Named>(t))
          if (n->obj == tctx.comparableObj()) {
            error(f->type->pos(), "interface is (or embeds) comparable");
            continue;
          }
        it->embeddeds.push_back(t);
        continue;
      }
      Ident *name = f->names[0];
      auto *ft = llvm::dyn_cast<FuncType>(f->type);
      if (!ft) {
        typExpr(f->type);
        continue;
      }
      Scope *s = newScope(scope, ft->pos(), ft->end(), "method");
      Signature *sig = funcType(ft, nullptr, s);
      auto *m = tctx.make<Func>(name->pos(), pkg, name->name, sig);
      recordDef(name, m);
      if (name->name == "_") {
        error(name->pos(), "methods must have a unique non-blank name");
        continue;
      }
      auto [pos, ok] = seen.emplace(name->name, m);
      if (!ok) {
        error(name->pos(), "duplicate method " + name->name + "\n\t" +
                               posString(pos->second->pos) + ": other declaration of " +
                               name->name);
        continue;
      }
      it->methods.push_back(m);
    }
  }
  // Completion happens lazily (embedded interfaces may still be resolving).
  return it;
}

} // namespace golite::check
