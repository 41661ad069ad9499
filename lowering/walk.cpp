//===- lowering/walk.cpp - Generic AST traversal --------------------------===//
//
// This file implements walk(), a pre-order traversal of the AST with an
// explicit work stack (user input decides the depth, so no recursion).
//
//===----------------------------------------------------------------------===//
#include "lowering/lowering.h"

using namespace golite;
using llvm::cast;

namespace {

/// Appends the children of `n` in source order.
void children(Node *n, std::vector<Node *> &out) {
  auto add = [&](Node *c) {
    if (c) out.push_back(c);
  };
  auto addAll = [&](auto &v) {
    for (auto *c : v) add(c);
  };
  switch (n->kind()) {
  case NodeKind::BadExpr:
  case NodeKind::Ident:
  case NodeKind::BasicLit:
  case NodeKind::BadStmt:
  case NodeKind::EmptyStmt:
  case NodeKind::BadDecl:
  case NodeKind::ImportSpec:
    break;
  case NodeKind::Ellipsis: add(cast<Ellipsis>(n)->elt); break;
  case NodeKind::FuncLit: {
    auto *f = cast<FuncLit>(n);
    add(f->type);
    add(f->body);
    break;
  }
  case NodeKind::CompositeLit: {
    auto *c = cast<CompositeLit>(n);
    add(c->type);
    addAll(c->elts);
    break;
  }
  case NodeKind::ParenExpr: add(cast<ParenExpr>(n)->x); break;
  case NodeKind::SelectorExpr: {
    auto *s = cast<SelectorExpr>(n);
    add(s->x);
    add(s->sel);
    break;
  }
  case NodeKind::IndexExpr: {
    auto *s = cast<IndexExpr>(n);
    add(s->x);
    add(s->index);
    break;
  }
  case NodeKind::SliceExpr: {
    auto *s = cast<SliceExpr>(n);
    add(s->x);
    add(s->low);
    add(s->high);
    add(s->max);
    break;
  }
  case NodeKind::TypeAssertExpr: {
    auto *s = cast<TypeAssertExpr>(n);
    add(s->x);
    add(s->type);
    break;
  }
  case NodeKind::CallExpr: {
    auto *c = cast<CallExpr>(n);
    add(c->fun);
    addAll(c->args);
    break;
  }
  case NodeKind::StarExpr: add(cast<StarExpr>(n)->x); break;
  case NodeKind::UnaryExpr: add(cast<UnaryExpr>(n)->x); break;
  case NodeKind::BinaryExpr: {
    auto *b = cast<BinaryExpr>(n);
    add(b->x);
    add(b->y);
    break;
  }
  case NodeKind::KeyValueExpr: {
    auto *b = cast<KeyValueExpr>(n);
    add(b->key);
    add(b->value);
    break;
  }
  case NodeKind::ArrayType: {
    auto *a = cast<ArrayType>(n);
    add(a->len);
    add(a->elt);
    break;
  }
  case NodeKind::StructType: add(cast<StructType>(n)->fields); break;
  case NodeKind::FuncType: {
    auto *f = cast<FuncType>(n);
    add(f->params);
    add(f->results);
    break;
  }
  case NodeKind::InterfaceType: add(cast<InterfaceType>(n)->methods); break;
  case NodeKind::MapType: {
    auto *m = cast<MapType>(n);
    add(m->key);
    add(m->value);
    break;
  }
  case NodeKind::ChanType: add(cast<ChanType>(n)->value); break;
  case NodeKind::DeclStmt: add(cast<DeclStmt>(n)->decl); break;
  case NodeKind::LabeledStmt: {
    auto *l = cast<LabeledStmt>(n);
    add(l->label);
    add(l->stmt);
    break;
  }
  case NodeKind::ExprStmt: add(cast<ExprStmt>(n)->x); break;
  case NodeKind::SendStmt: {
    auto *s = cast<SendStmt>(n);
    add(s->chan);
    add(s->value);
    break;
  }
  case NodeKind::IncDecStmt: add(cast<IncDecStmt>(n)->x); break;
  case NodeKind::AssignStmt: {
    auto *a = cast<AssignStmt>(n);
    addAll(a->lhs);
    addAll(a->rhs);
    break;
  }
  case NodeKind::GoStmt: add(cast<GoStmt>(n)->call); break;
  case NodeKind::DeferStmt: add(cast<DeferStmt>(n)->call); break;
  case NodeKind::ReturnStmt: addAll(cast<ReturnStmt>(n)->results); break;
  case NodeKind::BranchStmt: break; // labels are not uses
  case NodeKind::BlockStmt: addAll(cast<BlockStmt>(n)->list); break;
  case NodeKind::IfStmt: {
    auto *s = cast<IfStmt>(n);
    add(s->init);
    add(s->cond);
    add(s->body);
    add(s->els);
    break;
  }
  case NodeKind::CaseClause: {
    auto *c = cast<CaseClause>(n);
    addAll(c->list);
    addAll(c->body);
    break;
  }
  case NodeKind::SwitchStmt: {
    auto *s = cast<SwitchStmt>(n);
    add(s->init);
    add(s->tag);
    add(s->body);
    break;
  }
  case NodeKind::TypeSwitchStmt: {
    auto *s = cast<TypeSwitchStmt>(n);
    add(s->init);
    add(s->assign);
    add(s->body);
    break;
  }
  case NodeKind::CommClause: {
    auto *c = cast<CommClause>(n);
    add(c->comm);
    addAll(c->body);
    break;
  }
  case NodeKind::SelectStmt: add(cast<SelectStmt>(n)->body); break;
  case NodeKind::ForStmt: {
    auto *s = cast<ForStmt>(n);
    add(s->init);
    add(s->cond);
    add(s->post);
    add(s->body);
    break;
  }
  case NodeKind::RangeStmt: {
    auto *s = cast<RangeStmt>(n);
    add(s->key);
    add(s->value);
    add(s->x);
    add(s->body);
    break;
  }
  case NodeKind::ValueSpec: {
    auto *s = cast<ValueSpec>(n);
    for (auto *id : s->names) add(id);
    add(s->type);
    addAll(s->values);
    break;
  }
  case NodeKind::TypeSpec: {
    auto *s = cast<TypeSpec>(n);
    add(s->name);
    add(s->type);
    break;
  }
  case NodeKind::GenDecl: addAll(cast<GenDecl>(n)->specs); break;
  case NodeKind::FuncDecl: {
    auto *f = cast<FuncDecl>(n);
    add(f->recv);
    add(f->name);
    add(f->type);
    add(f->body);
    break;
  }
  case NodeKind::Field: {
    auto *f = cast<Field>(n);
    for (auto *id : f->names) add(id);
    add(f->type);
    break;
  }
  case NodeKind::FieldList: addAll(cast<FieldList>(n)->list); break;
  case NodeKind::File: addAll(cast<File>(n)->decls); break;
  }
}

} // namespace

void golite::lowering::walk(Node *root, const std::function<bool(Node *)> &pre) {
  std::vector<Node *> stack{root};
  std::vector<Node *> kids;
  while (!stack.empty()) {
    Node *n = stack.back();
    stack.pop_back();
    if (!n || !pre(n)) continue;
    kids.clear();
    children(n, kids);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
}
