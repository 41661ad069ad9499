//===- codegen/order.cpp - Evaluation order of calls and operands ---------===//
//
// This file implements the evaluation order golite shares with gc. The Go
// spec fixes only the order of calls, method calls and receive operations
// among themselves (left to right); when a plain operand such as a
// variable read is evaluated relative to them is up to the compiler. gc
// evaluates every call (and receive) of a statement first, in order, into
// temporaries, and reads the plain operands afterwards, so that
//
//     println(t.n, t.inc())   // gc: "1 1"
//     m[k] = f()               // k is read after f runs
//
// see the calls' side effects. Programs observe the difference, and gc is
// our reference, so codegen does the same: before a statement (or an
// expression evaluated on its own, such as an if condition) is emitted,
// hoistCalls walks its operands in source order, post-order, emits each
// call or receive it finds and records the result in FnState::hoisted;
// emitCall and emitRecv then use the recorded value instead of emitting the
// call again.
//
// Invariants:
//  - Lazily evaluated operands are not hoisted: the right operand of && and
//    || becomes an evaluation root of its own when (and if) it is emitted;
//    function literal bodies are separate functions.
//  - go and defer statements are not roots: gc evaluates their function
//    value and arguments strictly left to right (each one a root).
//  - A comma-ok receive (v, ok := <-c) is not hoisted: it is emitted with
//    its ok flag by emitMulti.
//  - Every hoisted value is used exactly once by the statement that
//    hoisted it; a leftover is a codegen bug and is reported as one.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

// Whether e is a call that emitCall compiles as a call (not a conversion
// and not a built-in function).
bool CodeGen::isRealCall(CallExpr *c) {
  Expr *fun = unparen(c->fun);
  if (fun->tv.isType()) return false;
  return builtinOf(fun) == nullptr;
}

void CodeGen::hoistChildren(Expr *e) {
  if (!e || e->tv.isType()) return;
  if (e->tv.isConstant() && e->tv.value) return;
  switch (e->kind()) {
  case NodeKind::ParenExpr:
    hoistCalls(cast<ParenExpr>(e)->x);
    return;
  case NodeKind::SelectorExpr:
    hoistCalls(cast<SelectorExpr>(e)->x);
    return;
  case NodeKind::IndexExpr: {
    auto *ix = cast<IndexExpr>(e);
    hoistCalls(ix->x);
    hoistCalls(ix->index);
    return;
  }
  case NodeKind::SliceExpr: {
    auto *sx = cast<SliceExpr>(e);
    hoistCalls(sx->x);
    hoistCalls(sx->low);
    hoistCalls(sx->high);
    hoistCalls(sx->max);
    return;
  }
  case NodeKind::TypeAssertExpr:
    hoistCalls(cast<TypeAssertExpr>(e)->x);
    return;
  case NodeKind::StarExpr:
    hoistCalls(cast<StarExpr>(e)->x);
    return;
  case NodeKind::UnaryExpr:
    hoistCalls(cast<UnaryExpr>(e)->x);
    return;
  case NodeKind::BinaryExpr: {
    auto *be = cast<BinaryExpr>(e);
    hoistCalls(be->x);
    if (be->op != Tok::LAnd && be->op != Tok::LOr) hoistCalls(be->y);
    return;
  }
  case NodeKind::KeyValueExpr: {
    auto *kv = cast<KeyValueExpr>(e);
    hoistCalls(kv->key);
    hoistCalls(kv->value);
    return;
  }
  case NodeKind::CompositeLit:
    for (Expr *el : cast<CompositeLit>(e)->elts) hoistCalls(el);
    return;
  case NodeKind::CallExpr: {
    auto *c = cast<CallExpr>(e);
    if (Builtin *bi = builtinOf(c->fun)) {
      // unsafe.Sizeof and friends do not evaluate their operand.
      if (bi->id == BuiltinId::Sizeof || bi->id == BuiltinId::Alignof ||
          bi->id == BuiltinId::Offsetof)
        return;
    } else {
      hoistCalls(unparen(c->fun));
    }
    for (Expr *a : c->args) hoistCalls(a);
    return;
  }
  default:
    return; // identifiers, literals, function literals
  }
}

void CodeGen::hoistCalls(Expr *e) {
  if (!e || e->tv.isType()) return;
  if (e->tv.isConstant() && e->tv.value) return;
  hoistChildren(e);
  if (auto *c = dyn_cast<CallExpr>(e)) {
    if (!isRealCall(c) || fs->hoisted.count(c)) return;
    llvm::Value *v = emitCall(c);
    fs->hoisted[c] = v;
    return;
  }
  if (auto *u = dyn_cast<UnaryExpr>(e); u && u->op == Tok::Arrow) {
    if (fs->hoisted.count(u)) return;
    llvm::Value *v = emitRecv(u, nullptr);
    fs->hoisted[u] = v;
  }
}

bool CodeGen::takeHoisted(const Expr *e, llvm::Value *&v) {
  if (!fs || fs->hoisted.empty()) return false;
  auto it = fs->hoisted.find(e);
  if (it == fs->hoisted.end()) return false;
  v = it->second;
  fs->hoisted.erase(it);
  return true;
}

CodeGen::RootState CodeGen::beginRoot() {
  RootState st{fs->inRoot, fs->hoisted.size()};
  fs->inRoot = true;
  return st;
}

void CodeGen::endRoot(RootState st) {
  fs->inRoot = st.wasInRoot;
  if (fs->hoisted.size() != st.hoistedBefore) {
    unsupported() << "golite: internal error: hoisted call not used in " << fs->name << "\n";
    if (!st.wasInRoot) fs->hoisted.clear();
  }
}

// The statement-level roots: every operand of the statement is hoisted
// together, left-hand side first, then the right-hand side, in source order.
bool CodeGen::hoistStmt(Stmt *s, RootState &st) {
  switch (s->kind()) {
  case NodeKind::AssignStmt: {
    auto *a = cast<AssignStmt>(s);
    st = beginRoot();
    for (Expr *l : a->lhs) hoistChildren(l);
    if (a->rhs.size() == 1 && a->lhs.size() == 2 && !isa<CallExpr>(unparen(a->rhs[0])))
      hoistChildren(unparen(a->rhs[0])); // v, ok = m[k] / <-c / x.(T)
    else
      for (Expr *r : a->rhs) hoistCalls(r);
    return true;
  }
  case NodeKind::DeclStmt: {
    auto *gd = dyn_cast<GenDecl>(cast<DeclStmt>(s)->decl);
    if (!gd || gd->tok != Tok::Var) return false;
    st = beginRoot();
    for (Spec *sp : gd->specs) {
      auto *vs = cast<ValueSpec>(sp);
      if (vs->values.size() == 1 && vs->names.size() == 2 &&
          !isa<CallExpr>(unparen(vs->values[0])))
        hoistChildren(unparen(vs->values[0]));
      else
        for (Expr *v : vs->values) hoistCalls(v);
    }
    return true;
  }
  case NodeKind::ReturnStmt:
    st = beginRoot();
    for (Expr *r : cast<ReturnStmt>(s)->results) hoistCalls(r);
    return true;
  case NodeKind::IncDecStmt:
    st = beginRoot();
    hoistChildren(cast<IncDecStmt>(s)->x);
    return true;
  case NodeKind::SendStmt: {
    auto *ss = cast<SendStmt>(s);
    st = beginRoot();
    hoistCalls(ss->chan);
    hoistCalls(ss->value);
    return true;
  }
  default:
    return false;
  }
}
