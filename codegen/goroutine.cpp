//===- codegen/goroutine.cpp - go statements ------------------------------===//
//
// This file implements the go statement. The function value, receiver and
// arguments are evaluated at the go statement and packed into a heap
// closure whose code takes only the closure (the defer thunk machinery of
// defer.cpp, callClosure); runtime.newproc(closure) starts a goroutine that
// runs code(closure) and exits when it returns. `go f()` for a func value
// f without parameters or results passes f itself: a func value is already
// such a closure.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::isa_and_nonnull;

void CodeGen::emitGo(GoStmt *g) {
  CallExpr *call = g->call;
  Expr *fun = unparen(call->fun);
  // A func value (not a declared function, method or builtin) called
  // without arguments or results is passed as is; a nil one is Go's fatal
  // error "go of nil func value", raised by newproc.
  bool funcValue = !builtinOf(fun) && !fun->tv.isType();
  if (auto *id = dyn_cast<Ident>(fun); id && isa_and_nonnull<Func>(id->obj)) funcValue = false;
  if (auto *s = dyn_cast<SelectorExpr>(fun))
    if (!s->selection || s->selection->kind == SelectionKind::MethodVal) funcValue = false;
  if (funcValue && call->args.empty()) {
    auto *sig = cast<Signature>(fun->tv.type->underlying());
    if (sig->params->vars.empty() && sig->results->vars.empty()) {
      rtcall("newproc", {emitExpr(fun)});
      return;
    }
  }
  rtcall("newproc", {callClosure(call)});
}
