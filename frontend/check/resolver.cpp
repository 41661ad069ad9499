//===- frontend/check/resolver.cpp - Package-level object collection ------===//
//
// This file implements the first pass of the checker (go/types resolver.go):
// it creates an object for every package-level declaration of every file,
// resolves imports into file scopes, and remembers methods by receiver base
// type name so that they can be attached when the type is declared. It also
// reports unused imports at the end.
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

namespace golite::check {

void Checker::collectObjects() {
  for (File *f : pkg->files) {
    if (!f)
      continue;
    Scope *fileScope = newScope(pkg->scope, f->pos(), f->end(), "file");
    fileScopes.push_back(fileScope);
    if (f->name && f->name->name == "_")
      error(f->name->pos(), "invalid package name _");
    if (f->name && f->name->name != pkg->name && !pkg->name.empty())
      error(f->name->pos(), "package " + f->name->name + "; expected package " + pkg->name);
    collectFile(f, fileScope);
  }
  associateMethods();
  // Objects declared in a file scope must not collide with package objects.
  for (Scope *fs : fileScopes) {
    for (Object *o : fs->objects) {
      if (Object *alt = pkg->scope->lookup(o->name)) {
        if (auto *pn = llvm::dyn_cast<PkgName>(o))
          error(alt->pos, alt->name + " already declared through import of package " +
                              pn->imported->name + " (\"" + pn->imported->path + "\")");
        else
          error(alt->pos, alt->name + " already declared through dot-import of package");
      }
    }
  }
}

void Checker::collectFile(File *f, Scope *fileScope) {
  for (ImportSpec *s : f->imports)
    collectImport(s, fileScope);
  for (Decl *d : f->decls) {
    if (auto *g = llvm::dyn_cast<GenDecl>(d))
      collectGenDecl(g, fileScope);
    else if (auto *fd = llvm::dyn_cast<FuncDecl>(d))
      collectFuncDecl(fd, fileScope);
  }
}

void Checker::collectImport(ImportSpec *s, Scope *fileScope) {
  if (!s || !s->path)
    return;
  constant::VP v = constant::makeFromLiteral(s->path->value, Tok::String);
  if (!v || v->kind() != constant::Kind::String) {
    error(s->path->pos(), "invalid import path: " + s->path->value);
    return;
  }
  std::string path = constant::stringVal(v);
  if (path.empty()) {
    error(s->path->pos(), "invalid import path (empty string)");
    return;
  }
  Package *imported = path == "unsafe" ? tctx.unsafePkg() : imp.import(path, s->path->pos());
  if (!imported)
    return;
  bool seen = false;
  for (Package *p : pkg->imports)
    seen |= p == imported;
  if (!seen)
    pkg->imports.push_back(imported);

  std::string name = imported->name;
  if (s->name) {
    name = s->name->name;
    if (name == "init") {
      error(s->name->pos(), "cannot import package as init - init must be a func");
      return;
    }
  }
  Pos pos = s->name ? s->name->pos() : s->path->pos();
  auto *pn = tctx.make<PkgName>(pos, pkg, name, imported);
  if (s->name)
    recordDef(s->name, pn);
  if (name == "_")
    return;
  if (name == ".") {
    // Dot import: every exported object becomes visible in the file.
    importObjs.push_back(pn);
    importPaths.push_back(path);
    if (imported->scope)
      for (Object *o : imported->scope->objects)
        if (o->exported())
          fileScope->insert(o);
    return;
  }
  importObjs.push_back(pn);
  importPaths.push_back(path);
  declare(fileScope, nullptr, pn);
}

void Checker::unusedImports() {
  for (size_t i = 0; i < importObjs.size(); i++) {
    PkgName *pn = importObjs[i];
    if (pn->used)
      continue;
    const std::string &path = importPaths[i];
    if (pn->name == ".") {
      if (!dotImportUsed.count(path))
        softError(pn->pos, "imported and not used: \"" + path + "\"");
      continue;
    }
    std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    if (pn->name != pn->imported->name && pn->name != base)
      softError(pn->pos, "imported and not used: \"" + path + "\" as " + pn->name);
    else if (pn->name != pn->imported->name)
      softError(pn->pos, "imported and not used: \"" + path + "\" as " + pn->name);
    else
      softError(pn->pos, "imported and not used: \"" + path + "\"");
  }
}

void Checker::declarePkgObj(Ident *id, Object *obj, DeclInfo *d) {
  if (id->name == "init") {
    error(id->pos(), "cannot declare init - must be func");
    return;
  }
  if (id->name == "main" && pkg->name == "main") {
    error(id->pos(), "cannot declare main - must be func");
    return;
  }
  declare(pkg->scope, id, obj);
  objMap[obj] = d;
  objList.push_back(obj);
}

void Checker::collectGenDecl(GenDecl *d, Scope *fileScope) {
  switch (d->tok) {
  case Tok::Const: collectConstSpecs(d, fileScope); break;
  case Tok::Var:
    for (Spec *s : d->specs)
      if (auto *vs = llvm::dyn_cast<ValueSpec>(s))
        collectVarSpec(vs, fileScope);
    break;
  case Tok::Type:
    for (Spec *s : d->specs)
      if (auto *ts = llvm::dyn_cast<TypeSpec>(s))
        collectTypeSpec(ts, fileScope);
    break;
  default: break; // imports were handled through File::imports
  }
}

void Checker::collectConstSpecs(GenDecl *d, Scope *fileScope) {
  ValueSpec *last = nullptr; // last spec with values (inherited by later specs)
  int iotaVal = 0;
  for (Spec *sp : d->specs) {
    auto *s = llvm::dyn_cast<ValueSpec>(sp);
    if (!s)
      continue;
    if (s->type || !s->values.empty())
      last = s;
    for (size_t i = 0; i < s->names.size(); i++) {
      Ident *name = s->names[i];
      auto *obj = tctx.make<Const>(name->pos(), pkg, name->name, nullptr, nullptr);
      auto *di = tctx.make<DeclInfo>();
      di->fileScope = fileScope;
      di->vspec = s;
      di->iota = iotaVal;
      if (last) {
        di->typ = last->type;
        if (i < last->values.size())
          di->init = last->values[i];
      }
      declarePkgObj(name, obj, di);
    }
    constArity(s, last);
    iotaVal++;
  }
}

/// go/types arity() for constant specs (last: the spec whose values are
/// used, possibly inherited).
void Checker::constArity(ValueSpec *s, ValueSpec *last) {
  size_t l = s->names.size();
  size_t r = last ? last->values.size() : 0;
  bool inherited = last && last != s;
  if (l < r) {
    Expr *n = last->values[l];
    if (inherited)
      error(s->pos(), "extra init expr at " + posString(n->pos()));
    else
      error(n->pos(), "extra init expr " + str(n));
  } else if (l > r) {
    error(s->names[r]->pos(), "missing init expr for " + s->names[r]->name);
  }
}

void Checker::collectVarSpec(ValueSpec *s, Scope *fileScope) {
  std::vector<Var *> lhs;
  for (Ident *name : s->names) {
    auto *v = tctx.make<Var>(name->pos(), pkg, name->name, nullptr);
    v->isGlobal = true;
    lhs.push_back(v);
  }
  DeclInfo *shared = nullptr;
  if (s->values.size() == 1 && s->names.size() > 1) {
    shared = tctx.make<DeclInfo>();
    shared->fileScope = fileScope;
    shared->lhs = lhs;
    shared->typ = s->type;
    shared->init = s->values[0];
    shared->vspec = s;
  }
  for (size_t i = 0; i < lhs.size(); i++) {
    DeclInfo *di = shared;
    if (!di) {
      di = tctx.make<DeclInfo>();
      di->fileScope = fileScope;
      di->typ = s->type;
      di->vspec = s;
      if (i < s->values.size())
        di->init = s->values[i];
    }
    declarePkgObj(s->names[i], lhs[i], di);
  }
  if (!s->type || !s->values.empty())
    varArity(s);
}

/// go/types arity() for variable specs.
void Checker::varArity(ValueSpec *s) {
  size_t l = s->names.size(), r = s->values.size();
  if (l < r)
    error(s->values[l]->pos(), "extra init expr " + str(s->values[l]));
  else if (l > r && r != 1)
    error(s->names[r]->pos(), "missing init expr for " + s->names[r]->name);
}

void Checker::collectTypeSpec(TypeSpec *s, Scope *fileScope) {
  auto *obj = tctx.make<TypeName>(s->name->pos(), pkg, s->name->name, nullptr);
  auto *di = tctx.make<DeclInfo>();
  di->fileScope = fileScope;
  di->tspec = s;
  declarePkgObj(s->name, obj, di);
}

void Checker::collectFuncDecl(FuncDecl *d, Scope *fileScope) {
  if (!d->name || !d->type)
    return;
  std::string name = d->name->name;
  auto *obj = tctx.make<Func>(d->name->pos(), pkg, name, nullptr);
  obj->decl = d;
  auto *di = tctx.make<DeclInfo>();
  di->fileScope = fileScope;
  di->fdecl = d;
  d->name->obj = obj;
  if (d->type->typeParams && !d->type->typeParams->list.empty())
    error(d->type->typeParams->pos(), "generic functions are not supported by golite");
  if (!d->recv) {
    if (name == "init" || (name == "main" && pkg->name == "main")) {
      bool hasParams = d->type->params && !d->type->params->list.empty();
      bool hasResults = d->type->results && !d->type->results->list.empty();
      if (hasParams || hasResults)
        error(d->name->pos(), "func " + name + " must have no arguments and no return values");
    }
    if (!d->body && name == "init")
      error(d->name->pos(), "missing function body");
    else if (!d->body && !pkg->allowExternal)
      missingBodies.push_back(d->name->pos());
    if (name == "init") {
      // init functions are not declared in any scope.
      obj->parent = pkg->scope;
      pkg->initFuncs.push_back(obj);
      objMap[obj] = di;
      objList.push_back(obj);
      return;
    }
    declare(pkg->scope, d->name, obj);
    objMap[obj] = di;
    objList.push_back(obj);
    return;
  }
  // Methods are associated with their receiver base type later.
  if (!d->body && !pkg->allowExternal)
    missingBodies.push_back(d->name->pos());
  objMap[obj] = di;
  methodDecls.push_back({obj, di});
}

/// Finds the receiver base type name of each method (T or *T, possibly
/// parenthesized) and records the method under it.
void Checker::associateMethods() {
  for (auto &[m, di] : methodDecls) {
    FuncDecl *d = di->fdecl;
    if (!d->recv || d->recv->list.empty())
      continue;
    Expr *t = d->recv->list[0]->type;
    for (int guard = 0; t && guard < 100; guard++) {
      if (auto *p = llvm::dyn_cast<ParenExpr>(t))
        t = p->x;
      else if (auto *s = llvm::dyn_cast<StarExpr>(t))
        t = s->x;
      else
        break;
    }
    auto *id = llvm::dyn_cast_or_null<Ident>(t);
    if (!id)
      continue;
    auto *tn = llvm::dyn_cast_or_null<TypeName>(pkg->scope->lookup(id->name));
    // Follow aliases syntactically to the defined type (resolveBaseTypeName).
    for (int guard = 0; tn && guard < 100; guard++) {
      DeclInfo *td = objMap.count(tn) ? objMap[tn] : nullptr;
      if (!td || !td->tspec || !td->tspec->isAlias())
        break;
      Expr *rhs = td->tspec->type;
      while (auto *p = llvm::dyn_cast_or_null<ParenExpr>(rhs))
        rhs = p->x;
      auto *rid = llvm::dyn_cast_or_null<Ident>(rhs);
      tn = rid ? llvm::dyn_cast_or_null<TypeName>(pkg->scope->lookup(rid->name)) : nullptr;
    }
    if (!tn || tn->pkg != pkg)
      continue;
    methodsByBase[tn].push_back(m);
  }
}

} // namespace golite::check
