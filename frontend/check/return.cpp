//===- frontend/check/return.cpp - Terminating statements -----------------===//
//
// This file implements the spec's notion of terminating statements
// (go/types return.go), used to report "missing return".
//
//===----------------------------------------------------------------------===//

#include "frontend/check/checker.h"

namespace golite::check {

static bool isPanicCall(Expr *e) {
  while (auto *p = llvm::dyn_cast_or_null<ParenExpr>(e))
    e = p->x;
  auto *call = llvm::dyn_cast_or_null<CallExpr>(e);
  if (!call)
    return false;
  Expr *fun = call->fun;
  while (auto *p = llvm::dyn_cast_or_null<ParenExpr>(fun))
    fun = p->x;
  auto *id = llvm::dyn_cast_or_null<Ident>(fun);
  if (!id)
    return false;
  auto *b = llvm::dyn_cast_or_null<Builtin>(id->obj);
  return b && b->id == BuiltinId::Panic;
}

bool Checker::isTerminating(Stmt *s, const std::string &label) {
  if (!s)
    return false;
  switch (s->kind()) {
  case NodeKind::LabeledStmt: {
    auto *ls = llvm::cast<LabeledStmt>(s);
    return isTerminating(ls->stmt, ls->label->name);
  }
  case NodeKind::ExprStmt: return isPanicCall(llvm::cast<ExprStmt>(s)->x);
  case NodeKind::ReturnStmt: return true;
  case NodeKind::BranchStmt: {
    Tok t = llvm::cast<BranchStmt>(s)->tok;
    return t == Tok::Goto || t == Tok::Fallthrough;
  }
  case NodeKind::BlockStmt: return isTerminatingList(llvm::cast<BlockStmt>(s)->list, "");
  case NodeKind::IfStmt: {
    auto *is = llvm::cast<IfStmt>(s);
    return is->els && isTerminating(is->body, "") && isTerminating(is->els, "");
  }
  case NodeKind::SwitchStmt: return isTerminatingSwitch(llvm::cast<SwitchStmt>(s)->body, label);
  case NodeKind::TypeSwitchStmt:
    return isTerminatingSwitch(llvm::cast<TypeSwitchStmt>(s)->body, label);
  case NodeKind::SelectStmt: {
    auto *ss = llvm::cast<SelectStmt>(s);
    if (!ss->body)
      return false;
    for (Stmt *c : ss->body->list) {
      auto *cc = llvm::dyn_cast<CommClause>(c);
      if (!cc)
        continue;
      if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true))
        return false;
    }
    return true;
  }
  case NodeKind::ForStmt: {
    auto *fs = llvm::cast<ForStmt>(s);
    return !fs->cond && !hasBreak(fs->body, label, true);
  }
  default: return false;
  }
}

bool Checker::isTerminatingList(const std::vector<Stmt *> &list, const std::string &label) {
  for (size_t i = list.size(); i-- > 0;)
    if (!llvm::isa<EmptyStmt>(list[i]))
      return isTerminating(list[i], label);
  return false;
}

bool Checker::isTerminatingSwitch(BlockStmt *body, const std::string &label) {
  if (!body)
    return false;
  bool hasDefault = false;
  for (Stmt *s : body->list) {
    auto *cc = llvm::dyn_cast<CaseClause>(s);
    if (!cc)
      continue;
    if (cc->isDefault())
      hasDefault = true;
    if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true))
      return false;
  }
  return hasDefault;
}

bool Checker::hasBreakList(const std::vector<Stmt *> &list, const std::string &label,
                           bool implicit) {
  for (Stmt *s : list)
    if (hasBreak(s, label, implicit))
      return true;
  return false;
}

bool Checker::hasBreak(Stmt *s, const std::string &label, bool implicit) {
  if (!s)
    return false;
  switch (s->kind()) {
  case NodeKind::LabeledStmt: return hasBreak(llvm::cast<LabeledStmt>(s)->stmt, label, implicit);
  case NodeKind::BranchStmt: {
    auto *bs = llvm::cast<BranchStmt>(s);
    if (bs->tok != Tok::Break)
      return false;
    if (!bs->label)
      return implicit;
    return bs->label->name == label;
  }
  case NodeKind::BlockStmt: return hasBreakList(llvm::cast<BlockStmt>(s)->list, label, implicit);
  case NodeKind::IfStmt: {
    auto *is = llvm::cast<IfStmt>(s);
    return hasBreak(is->body, label, implicit) || (is->els && hasBreak(is->els, label, implicit));
  }
  case NodeKind::SwitchStmt:
  case NodeKind::TypeSwitchStmt: {
    if (label.empty())
      return false;
    BlockStmt *body = llvm::isa<SwitchStmt>(s) ? llvm::cast<SwitchStmt>(s)->body
                                               : llvm::cast<TypeSwitchStmt>(s)->body;
    if (!body)
      return false;
    for (Stmt *c : body->list)
      if (auto *cc = llvm::dyn_cast<CaseClause>(c); cc && hasBreakList(cc->body, label, false))
        return true;
    return false;
  }
  case NodeKind::SelectStmt: {
    if (label.empty())
      return false;
    auto *ss = llvm::cast<SelectStmt>(s);
    if (!ss->body)
      return false;
    for (Stmt *c : ss->body->list)
      if (auto *cc = llvm::dyn_cast<CommClause>(c); cc && hasBreakList(cc->body, label, false))
        return true;
    return false;
  }
  case NodeKind::ForStmt:
    return !label.empty() && hasBreak(llvm::cast<ForStmt>(s)->body, label, false);
  case NodeKind::RangeStmt:
    return !label.empty() && hasBreak(llvm::cast<RangeStmt>(s)->body, label, false);
  default: return false;
  }
}

} // namespace golite::check
