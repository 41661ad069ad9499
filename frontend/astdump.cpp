//===- frontend/astdump.cpp - AST dumper ----------------------------------===//
//
// This file implements dumpAst, the `golite dump-ast` output: one node per
// line, indented two spaces per level, as
//   [role: ]Kind [details] @line:col
// e.g.
//   FuncDecl main @3:1
//     body: BlockStmt @3:13
//       ExprStmt @4:2
//         CallExpr @4:2
//           fun: Ident println @4:2
//           BasicLit STRING "hi" @4:10
// Roles name the field a child sits in where the kind alone is ambiguous
// (init/cond/post, key/value, ...). The walk uses an explicit stack, so
// arbitrarily deep trees cannot overflow the C++ stack.
//
//===----------------------------------------------------------------------===//
#include "frontend/parser.h"

#include <utility>

namespace golite {

namespace {

struct Item {
  const Node *node;
  const char *role;
  int depth;
};

const char *kindName(NodeKind k) {
  switch (k) {
#define K(n)                                                                   \
  case NodeKind::n:                                                            \
    return #n;
    K(BadExpr) K(Ident) K(Ellipsis) K(BasicLit) K(FuncLit) K(CompositeLit)
    K(ParenExpr) K(SelectorExpr) K(IndexExpr) K(SliceExpr) K(TypeAssertExpr)
    K(CallExpr) K(StarExpr) K(UnaryExpr) K(BinaryExpr) K(KeyValueExpr)
    K(ArrayType) K(StructType) K(FuncType) K(InterfaceType) K(MapType)
    K(ChanType) K(BadStmt) K(DeclStmt) K(EmptyStmt) K(LabeledStmt) K(ExprStmt)
    K(SendStmt) K(IncDecStmt) K(AssignStmt) K(GoStmt) K(DeferStmt)
    K(ReturnStmt) K(BranchStmt) K(BlockStmt) K(IfStmt) K(CaseClause)
    K(SwitchStmt) K(TypeSwitchStmt) K(CommClause) K(SelectStmt) K(ForStmt)
    K(RangeStmt) K(ImportSpec) K(ValueSpec) K(TypeSpec) K(BadDecl) K(GenDecl)
    K(FuncDecl) K(Field) K(FieldList) K(File)
#undef K
  }
  return "?";
}

/// Details printed after the kind, and the children in source order.
class Describer {
public:
  std::string details;
  std::vector<std::pair<const char *, const Node *>> kids;

  void add(const Node *n, const char *role = nullptr) {
    if (n)
      kids.push_back({role, n});
  }
  template <typename T> void addAll(const std::vector<T *> &v, const char *role = nullptr) {
    for (T *n : v)
      add(n, role);
  }
  void detail(std::string_view s) {
    details += ' ';
    details += s;
  }

  void describe(const Node *n) {
    using llvm::cast;
    switch (n->kind()) {
    case NodeKind::BadExpr:
    case NodeKind::BadStmt:
    case NodeKind::BadDecl:
      break;
    case NodeKind::Ident:
      detail(cast<Ident>(n)->name);
      break;
    case NodeKind::Ellipsis:
      add(cast<Ellipsis>(n)->elt);
      break;
    case NodeKind::BasicLit: {
      auto *b = cast<BasicLit>(n);
      detail(tokString(b->litKind));
      // Keep one node per line: show line breaks inside raw strings.
      std::string v;
      for (char c : b->value) {
        if (c == '\n')
          v += "<NL>";
        else if (c == '\r')
          v += "<CR>";
        else
          v += c;
      }
      detail(v);
      break;
    }
    case NodeKind::FuncLit:
      add(cast<FuncLit>(n)->type);
      add(cast<FuncLit>(n)->body);
      break;
    case NodeKind::CompositeLit:
      add(cast<CompositeLit>(n)->type, "type");
      addAll(cast<CompositeLit>(n)->elts);
      break;
    case NodeKind::ParenExpr:
      add(cast<ParenExpr>(n)->x);
      break;
    case NodeKind::SelectorExpr:
      add(cast<SelectorExpr>(n)->x);
      add(cast<SelectorExpr>(n)->sel, "sel");
      break;
    case NodeKind::IndexExpr:
      add(cast<IndexExpr>(n)->x);
      add(cast<IndexExpr>(n)->index, "index");
      break;
    case NodeKind::SliceExpr: {
      auto *s = cast<SliceExpr>(n);
      if (s->slice3)
        detail("3-index");
      add(s->x);
      add(s->low, "low");
      add(s->high, "high");
      add(s->max, "max");
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto *t = cast<TypeAssertExpr>(n);
      if (!t->type)
        detail("(type)");
      add(t->x);
      add(t->type, "type");
      break;
    }
    case NodeKind::CallExpr: {
      auto *c = cast<CallExpr>(n);
      if (c->hasEllipsis())
        detail("...");
      add(c->fun, "fun");
      addAll(c->args);
      break;
    }
    case NodeKind::StarExpr:
      add(cast<StarExpr>(n)->x);
      break;
    case NodeKind::UnaryExpr:
      detail(tokString(cast<UnaryExpr>(n)->op));
      add(cast<UnaryExpr>(n)->x);
      break;
    case NodeKind::BinaryExpr:
      detail(tokString(cast<BinaryExpr>(n)->op));
      add(cast<BinaryExpr>(n)->x);
      add(cast<BinaryExpr>(n)->y);
      break;
    case NodeKind::KeyValueExpr:
      add(cast<KeyValueExpr>(n)->key, "key");
      add(cast<KeyValueExpr>(n)->value, "value");
      break;
    case NodeKind::ArrayType:
      if (!cast<ArrayType>(n)->len)
        detail("slice");
      add(cast<ArrayType>(n)->len, "len");
      add(cast<ArrayType>(n)->elt, "elt");
      break;
    case NodeKind::StructType:
      add(cast<StructType>(n)->fields);
      break;
    case NodeKind::FuncType: {
      auto *f = cast<FuncType>(n);
      add(f->typeParams, "typeParams");
      add(f->params, "params");
      add(f->results, "results");
      break;
    }
    case NodeKind::InterfaceType:
      add(cast<InterfaceType>(n)->methods);
      break;
    case NodeKind::MapType:
      add(cast<MapType>(n)->key, "key");
      add(cast<MapType>(n)->value, "value");
      break;
    case NodeKind::ChanType: {
      auto *c = cast<ChanType>(n);
      detail(c->dir == ChanSend ? "chan<-" : c->dir == ChanRecv ? "<-chan" : "chan");
      add(c->value);
      break;
    }
    case NodeKind::DeclStmt:
      add(cast<DeclStmt>(n)->decl);
      break;
    case NodeKind::EmptyStmt:
      if (cast<EmptyStmt>(n)->implicit)
        detail("implicit");
      break;
    case NodeKind::LabeledStmt:
      detail(cast<LabeledStmt>(n)->label->name);
      add(cast<LabeledStmt>(n)->stmt);
      break;
    case NodeKind::ExprStmt:
      add(cast<ExprStmt>(n)->x);
      break;
    case NodeKind::SendStmt:
      add(cast<SendStmt>(n)->chan, "chan");
      add(cast<SendStmt>(n)->value, "value");
      break;
    case NodeKind::IncDecStmt:
      detail(tokString(cast<IncDecStmt>(n)->tok));
      add(cast<IncDecStmt>(n)->x);
      break;
    case NodeKind::AssignStmt: {
      auto *a = cast<AssignStmt>(n);
      detail(tokString(a->tok));
      addAll(a->lhs, "lhs");
      addAll(a->rhs, "rhs");
      break;
    }
    case NodeKind::GoStmt:
      add(cast<GoStmt>(n)->call);
      break;
    case NodeKind::DeferStmt:
      add(cast<DeferStmt>(n)->call);
      break;
    case NodeKind::ReturnStmt:
      addAll(cast<ReturnStmt>(n)->results);
      break;
    case NodeKind::BranchStmt: {
      auto *b = cast<BranchStmt>(n);
      detail(tokString(b->tok));
      if (b->label)
        detail(b->label->name);
      break;
    }
    case NodeKind::BlockStmt:
      addAll(cast<BlockStmt>(n)->list);
      break;
    case NodeKind::IfStmt: {
      auto *s = cast<IfStmt>(n);
      add(s->init, "init");
      add(s->cond, "cond");
      add(s->body, "body");
      add(s->els, "else");
      break;
    }
    case NodeKind::CaseClause: {
      auto *c = cast<CaseClause>(n);
      if (c->isDefault())
        detail("default");
      addAll(c->list, "case");
      addAll(c->body);
      break;
    }
    case NodeKind::SwitchStmt: {
      auto *s = cast<SwitchStmt>(n);
      add(s->init, "init");
      add(s->tag, "tag");
      add(s->body, "body");
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto *s = cast<TypeSwitchStmt>(n);
      add(s->init, "init");
      add(s->assign, "assign");
      add(s->body, "body");
      break;
    }
    case NodeKind::CommClause: {
      auto *c = cast<CommClause>(n);
      if (!c->comm)
        detail("default");
      add(c->comm, "comm");
      addAll(c->body);
      break;
    }
    case NodeKind::SelectStmt:
      add(cast<SelectStmt>(n)->body);
      break;
    case NodeKind::ForStmt: {
      auto *s = cast<ForStmt>(n);
      add(s->init, "init");
      add(s->cond, "cond");
      add(s->post, "post");
      add(s->body, "body");
      break;
    }
    case NodeKind::RangeStmt: {
      auto *s = cast<RangeStmt>(n);
      if (s->tok != Tok::Illegal)
        detail(tokString(s->tok));
      add(s->key, "key");
      add(s->value, "value");
      add(s->x, "x");
      add(s->body, "body");
      break;
    }
    case NodeKind::ImportSpec: {
      auto *s = cast<ImportSpec>(n);
      if (s->name)
        detail(s->name->name);
      detail(s->path->value);
      break;
    }
    case NodeKind::ValueSpec: {
      auto *s = cast<ValueSpec>(n);
      for (Ident *id : s->names)
        detail(id->name);
      if (s->iota)
        detail("iota=" + std::to_string(s->iota));
      add(s->type, "type");
      addAll(s->values, "value");
      break;
    }
    case NodeKind::TypeSpec: {
      auto *s = cast<TypeSpec>(n);
      detail(s->name->name);
      if (s->isAlias())
        detail("alias");
      add(s->typeParams, "typeParams");
      add(s->type);
      break;
    }
    case NodeKind::GenDecl: {
      auto *g = cast<GenDecl>(n);
      detail(tokString(g->tok));
      if (g->lparen)
        detail("(grouped)");
      addAll(g->specs);
      break;
    }
    case NodeKind::FuncDecl: {
      auto *f = cast<FuncDecl>(n);
      detail(f->name->name);
      add(f->recv, "recv");
      add(f->type);
      add(f->body, "body");
      break;
    }
    case NodeKind::Field: {
      auto *f = cast<Field>(n);
      for (Ident *id : f->names)
        detail(id->name);
      add(f->type);
      add(f->tag, "tag");
      break;
    }
    case NodeKind::FieldList:
      addAll(cast<FieldList>(n)->list);
      break;
    case NodeKind::File: {
      auto *f = cast<File>(n);
      detail(f->name ? f->name->name : "_");
      addAll(f->decls);
      break;
    }
    }
  }
};

} // namespace

void dumpAst(const File *f, const FileSet &fset, std::string &out) {
  if (f && f->source) {
    out += "// ";
    out += f->source->name();
    out += '\n';
  }
  std::vector<Item> stack;
  if (f)
    stack.push_back({f, nullptr, 0});
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    Describer d;
    d.describe(it.node);
    out.append(size_t(it.depth) * 2, ' ');
    if (it.role) {
      out += it.role;
      out += ": ";
    }
    out += kindName(it.node->kind());
    out += d.details;
    Position p = fset.position(it.node->pos());
    if (p.valid()) {
      out += " @";
      out += std::to_string(p.line);
      out += ':';
      out += std::to_string(p.column);
    }
    out += '\n';
    if (it.node->kind() == NodeKind::File) {
      for (const File::Pragma &pr : llvm::cast<File>(it.node)->pragmas) {
        Position pp = fset.position(pr.pos);
        out += "  Pragma " + pr.text + " @" + std::to_string(pp.line) + ":" +
               std::to_string(pp.column) + "\n";
      }
    }
    for (size_t i = d.kids.size(); i-- > 0;)
      stack.push_back({d.kids[i].second, d.kids[i].first, it.depth + 1});
  }
}

} // namespace golite
