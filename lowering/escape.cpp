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
// One idiom is exempt: `*(*T)(unsafe.Pointer(&v))` (math.Float64bits and
// friends) only reads or writes v's storage in place, so the address
// cannot outlive the frame; a variable whose address is taken only that way
// stays on the stack (the checker's flag is then overridden).
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

  /// Conversion call `T(x)` to a type whose underlying type satisfies
  /// `pred`: its operand, else null.
  template <typename Pred> static Expr *convOperand(Expr *e, Pred pred) {
    auto *c = dyn_cast<CallExpr>(unparen(e));
    if (!c || c->args.size() != 1 || !c->fun->tv.isType() || !c->fun->tv.type) return nullptr;
    return pred(c->fun->tv.type->underlying()) ? c->args[0] : nullptr;
  }

  /// The &v of `*(*T)(unsafe.Pointer(&v))`, or null.
  static UnaryExpr *inPlaceReinterpret(StarExpr *st) {
    Expr *p = convOperand(st->x, [](Type *u) { return isa<Pointer>(u); });
    if (!p) return nullptr;
    Expr *a = convOperand(p, [](Type *u) {
      auto *b = dyn_cast<Basic>(u);
      return b && b->basicKind == BasicKind::UnsafePointer;
    });
    auto *u = dyn_cast_or_null<UnaryExpr>(unparen(a));
    return u && u->op == Tok::And ? u : nullptr;
  }

  void addresses(Node *root) {
    // First the in-place reinterpretations, which do not count.
    std::set<UnaryExpr *> inPlace;
    walk(root, [&](Node *n) {
      if (auto *st = dyn_cast<StarExpr>(n))
        if (UnaryExpr *u = inPlaceReinterpret(st))
          if (Var *v = rootVar(u->x)) {
            inPlace.insert(u);
            onlyInPlace_.insert(v);
          }
      return true;
    });
    walk(root, [&](Node *n) {
      if (auto *u = dyn_cast<UnaryExpr>(n)) {
        if (u->op == Tok::And && !inPlace.count(u))
          if (Var *v = rootVar(u->x)) takeAddress(v);
      } else if (auto *s = dyn_cast<SliceExpr>(n)) {
        Type *xt = s->x->tv.type;
        if (xt && isa<Array>(xt->underlying()))
          if (Var *v = rootVar(s->x)) takeAddress(v);
      } else if (auto *sel = dyn_cast<SelectorExpr>(n)) {
        if (sel->selection && sel->selection->kind == SelectionKind::MethodVal) {
          auto *f = dyn_cast_or_null<Func>(sel->selection->obj);
          // A pointer operand is passed as is: only a method on an
          // addressable value takes the variable's address.
          Type *xt = sel->x->tv.type;
          bool viaPointer = xt && isa<Pointer>(xt->underlying());
          if (f && f->decl && f->hasPtrRecv() && !viaPointer)
            if (Var *v = rootVar(sel->x)) takeAddress(v);
        }
      } else if (auto *id = dyn_cast<Ident>(n)) {
        auto *v = dyn_cast_or_null<Var>(id->obj);
        if (isLocal(v) && v->isCaptured) out_.heapVars.insert(v);
        if (isLocal(v) && v->addressTaken) checkerTaken_.insert(v);
      } else if (auto *lit = dyn_cast<FuncLit>(n)) {
        funcLit(lit);
      }
      return true;
    });
  }

  /// After every declaration: the checker's address-taken flag counts
  /// unless the only address taken was an in-place reinterpretation.
  void finish() {
    for (Var *v : checkerTaken_)
      if (!onlyInPlace_.count(v) || taken_.count(v)) out_.heapVars.insert(v);
  }

private:
  void takeAddress(Var *v) {
    taken_.insert(v);
    out_.heapVars.insert(v);
  }

  Analysis &out_;
  std::set<Var *> taken_, checkerTaken_, onlyInPlace_;
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
  a.finish();
}
