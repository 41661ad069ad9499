//===- lowering/escape.cpp - Captures and heap placement ------------------===//
//
// This file implements analyze(): the closure capture lists, the
// conservative decision of which local variables live on the heap, and the
// per-function defer/recover facts codegen needs.
//
// Captures: a function literal L captures every local variable that is
// used inside L (including nested literals) but declared outside it. A
// variable is declared outside L iff its position lies outside L's source
// range, which avoids depending on scope bookkeeping.
//
// Heap placement (until escape/ does better): a local variable lives in a
// heap cell iff some literal captures it or its address may be taken: &v,
// v[:] of an array, a pointer-receiver method called or bound on v, or the
// checker's Var::addressTaken flag. This is conservative and always safe.
//
//===----------------------------------------------------------------------===//
#include "lowering/lowering.h"

using namespace golite;
using namespace golite::lowering;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

namespace {

Expr *unparen(Expr *e) {
  while (auto *p = dyn_cast_or_null<ParenExpr>(e)) e = p->x;
  return e;
}

bool isLocal(Var *v) { return v && !v->isGlobal && !v->isField; }

/// The local variable whose storage `e` designates (v, v.f, v[i] for an
/// array v, ...), or null.
Var *rootVar(Expr *e) {
  for (;;) {
    e = unparen(e);
    if (auto *id = dyn_cast<Ident>(e)) {
      auto *v = dyn_cast_or_null<Var>(id->obj);
      return isLocal(v) ? v : nullptr;
    }
    if (auto *s = dyn_cast<SelectorExpr>(e)) {
      if (!s->selection || s->selection->kind != SelectionKind::FieldVal) return nullptr;
      Type *xt = s->x->tv.type;
      if (xt && isa<Pointer>(xt->underlying())) return nullptr;
      e = s->x;
      continue;
    }
    if (auto *ix = dyn_cast<IndexExpr>(e)) {
      Type *xt = ix->x->tv.type;
      if (!xt || !isa<Array>(xt->underlying())) return nullptr;
      e = ix->x;
      continue;
    }
    return nullptr;
  }
}

class Analyzer {
public:
  explicit Analyzer(Analysis &out) : out_(out) {}

  void function(Node *fn, BlockStmt *body) {
    if (!body) return;
    // Defer/recover facts, not descending into nested literals.
    walk(body, [&](Node *n) {
      if (isa<FuncLit>(n)) return false;
      if (isa<DeferStmt>(n)) out_.hasDefer.insert(fn);
      if (auto *c = dyn_cast<CallExpr>(n)) {
        if (auto *id = dyn_cast<Ident>(unparen(c->fun)))
          if (auto *b = dyn_cast_or_null<Builtin>(id->obj))
            if (b->id == BuiltinId::Recover) out_.callsRecover.insert(fn);
      }
      return true;
    });
  }

  void funcLit(FuncLit *lit) {
    Pos lo = lit->pos(), hi = lit->end();
    std::vector<Var *> caps;
    std::set<Var *> seen;
    walk(lit->body, [&](Node *n) {
      if (auto *id = dyn_cast<Ident>(n)) {
        auto *v = dyn_cast_or_null<Var>(id->obj);
        if (isLocal(v) && !(v->pos >= lo && v->pos < hi) && seen.insert(v).second) {
          caps.push_back(v);
          out_.heapVars.insert(v);
        }
      }
      return true;
    });
    out_.captures[lit] = std::move(caps);
    function(lit, lit->body);
  }

  void addresses(Node *root) {
    walk(root, [&](Node *n) {
      if (auto *u = dyn_cast<UnaryExpr>(n)) {
        if (u->op == Tok::And)
          if (Var *v = rootVar(u->x)) out_.heapVars.insert(v);
      } else if (auto *s = dyn_cast<SliceExpr>(n)) {
        Type *xt = s->x->tv.type;
        if (xt && isa<Array>(xt->underlying()))
          if (Var *v = rootVar(s->x)) out_.heapVars.insert(v);
      } else if (auto *sel = dyn_cast<SelectorExpr>(n)) {
        if (sel->selection && sel->selection->kind == SelectionKind::MethodVal) {
          auto *f = dyn_cast_or_null<Func>(sel->selection->obj);
          // A pointer operand is passed as is: only a method on an
          // addressable value takes the variable's address.
          Type *xt = sel->x->tv.type;
          bool viaPointer = xt && isa<Pointer>(xt->underlying());
          if (f && f->decl && f->hasPtrRecv() && !viaPointer)
            if (Var *v = rootVar(sel->x)) out_.heapVars.insert(v);
        }
      } else if (auto *id = dyn_cast<Ident>(n)) {
        auto *v = dyn_cast_or_null<Var>(id->obj);
        if (isLocal(v) && (v->addressTaken || v->isCaptured)) out_.heapVars.insert(v);
      } else if (auto *lit = dyn_cast<FuncLit>(n)) {
        funcLit(lit);
      }
      return true;
    });
  }

private:
  Analysis &out_;
};

} // namespace

void golite::lowering::analyze(const std::vector<Package *> &pkgs, Analysis &out) {
  Analyzer a(out);
  for (Package *p : pkgs) {
    for (File *f : p->files) {
      for (Decl *d : f->decls) {
        if (auto *fd = dyn_cast<FuncDecl>(d)) {
          a.function(fd, fd->body);
          if (fd->body) a.addresses(fd);
        } else {
          a.addresses(d); // package-level initializers may hold literals
        }
      }
    }
  }
}
