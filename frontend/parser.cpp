//===- frontend/parser.cpp - Go parser ------------------------------------===//
//
// This file implements parseFile, a recursive-descent parser for Go 1.19.
//
// The parser is a port of gc's parser (cmd/compile/internal/syntax/parser.go)
// so that syntax errors carry gc's exact text and positions, e.g.
//   syntax error: unexpected newline in composite literal; possibly missing
//   comma or }
// but it builds go/ast-shaped nodes (ast.h). The mapping:
//   - syntax.Operation becomes UnaryExpr / StarExpr / BinaryExpr;
//   - syntax.ListExpr becomes std::vector<Expr *>;
//   - x := y.(type) becomes AssignStmt(Define, [x], [TypeAssertExpr(type
//     null)]), y.(type) an ExprStmt; the switch becomes a TypeSwitchStmt;
//   - a range clause becomes a RangeStmt; x++ an IncDecStmt;
//   - parentheses are always kept (ParenExpr), as go/parser does.
//
// Error recovery is gc's: advance() skips to a follow set (plus statement
// keywords inside function bodies), so every error path consumes input.
//
// Generics are out of scope: type parameter lists and instantiations are
// parsed (FuncType::typeParams, TypeSpec::typeParams, IndexExpr) and then
// rejected with "generic type parameters not supported" / "generic type
// instantiation not supported" / "generic type constraints not supported".
//
// Nesting (expressions, types, statements, composite literals) is bounded by
// kMaxDepth: deeper input gets "exceeded max nesting depth" and the parser
// stops, so no input can overflow the compiler's stack here. Chains of
// binary operators or postfix operations (a+b+c..., f()()()..., x.a.b...)
// build left-deep trees without recursing in the parser, but every later walk
// (and Node::pos()) recurses once per link: they are bounded by kMaxChain
// ("expression too long").
//
//===----------------------------------------------------------------------===//
#include "frontend/parser.h"
#include "frontend/lexer.h"

#include <bitset>
#include <functional>
#include <initializer_list>

namespace golite {

namespace {

constexpr int kMaxDepth = 1000;
/// Longest chain of binary operators or of postfix operations (calls,
/// selectors, indexes) in one expression. Such chains build left-deep trees
/// whose pos() and every later tree walk recurse once per link.
constexpr int kMaxChain = 10000;
constexpr size_t kNumToks = size_t(Tok::Var) + 1;
using TokSet = std::bitset<kNumToks>;

bool isLiteralTok(Tok t) {
  return t == Tok::Int || t == Tok::Float || t == Tok::Imag || t == Tok::Char ||
         t == Tok::String;
}

bool isAssignOp(Tok t) { return t >= Tok::AddAssign && t <= Tok::AndNotAssign; }

/// Binary (or unary-capable) operator tokens: gc's _Operator and _Star.
bool isBinaryOp(Tok t) { return tokPrecedence(t) > 0; }

/// gc's tokstring: the English word for a token in "expecting X".
std::string tokstring(Tok t) {
  switch (t) {
  case Tok::Comma:
    return "comma";
  case Tok::Semicolon:
    return "semicolon or newline";
  case Tok::Ident:
    return "name";
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
  case Tok::Char:
  case Tok::String:
    return "literal";
  default:
    return std::string(tokString(t));
  }
}

Expr *unparen(Expr *x) {
  while (auto *p = llvm::dyn_cast<ParenExpr>(x))
    x = p->x;
  return x;
}

bool isTypeAssertGuard(Expr *x) {
  auto *ta = llvm::dyn_cast_or_null<TypeAssertExpr>(x);
  return ta && ta->type == nullptr;
}

//===----------------------------------------------------------------------===//
// Expression printing (gc's syntax.String in short form), for messages.
//===----------------------------------------------------------------------===//

void printExpr(std::string &out, const Expr *x, int depth = 0);

void printFieldList(std::string &out, const FieldList *fl, const char *sep, int depth) {
  if (!fl)
    return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    if (i)
      out += sep;
    const Field *f = fl->list[i];
    for (size_t j = 0; j < f->names.size(); j++) {
      if (j)
        out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty())
      out += ' ';
    printExpr(out, f->type, depth + 1);
  }
}

void printSignature(std::string &out, const FuncType *ft, int depth) {
  out += '(';
  printFieldList(out, ft->params, ", ", depth);
  out += ')';
  if (ft->results && !ft->results->list.empty()) {
    out += ' ';
    bool paren = ft->results->list.size() > 1 || !ft->results->list[0]->names.empty();
    if (paren)
      out += '(';
    printFieldList(out, ft->results, ", ", depth);
    if (paren)
      out += ')';
  }
}

void printExpr(std::string &out, const Expr *x, int depth) {
  if (!x) {
    return;
  }
  if (depth > 100) {
    out += "…";
    return;
  }
  switch (x->kind()) {
  case NodeKind::BadExpr:
    out += "<bad expr>";
    break;
  case NodeKind::Ident:
    out += llvm::cast<Ident>(x)->name;
    break;
  case NodeKind::Ellipsis:
    out += "...";
    printExpr(out, llvm::cast<Ellipsis>(x)->elt, depth + 1);
    break;
  case NodeKind::BasicLit:
    out += llvm::cast<BasicLit>(x)->value;
    break;
  case NodeKind::FuncLit:
    out += "func";
    printSignature(out, llvm::cast<FuncLit>(x)->type, depth + 1);
    out += " {…}";
    break;
  case NodeKind::CompositeLit:
    printExpr(out, llvm::cast<CompositeLit>(x)->type, depth + 1);
    out += "{…}";
    break;
  case NodeKind::ParenExpr:
    out += '(';
    printExpr(out, llvm::cast<ParenExpr>(x)->x, depth + 1);
    out += ')';
    break;
  case NodeKind::SelectorExpr: {
    auto *s = llvm::cast<SelectorExpr>(x);
    printExpr(out, s->x, depth + 1);
    out += '.';
    out += s->sel->name;
    break;
  }
  case NodeKind::IndexExpr: {
    auto *s = llvm::cast<IndexExpr>(x);
    printExpr(out, s->x, depth + 1);
    out += '[';
    printExpr(out, s->index, depth + 1);
    out += ']';
    break;
  }
  case NodeKind::SliceExpr: {
    auto *s = llvm::cast<SliceExpr>(x);
    printExpr(out, s->x, depth + 1);
    out += '[';
    printExpr(out, s->low, depth + 1);
    out += ':';
    printExpr(out, s->high, depth + 1);
    if (s->slice3) {
      out += ':';
      printExpr(out, s->max, depth + 1);
    }
    out += ']';
    break;
  }
  case NodeKind::TypeAssertExpr: {
    auto *s = llvm::cast<TypeAssertExpr>(x);
    printExpr(out, s->x, depth + 1);
    out += ".(";
    if (s->type)
      printExpr(out, s->type, depth + 1);
    else
      out += "type";
    out += ')';
    break;
  }
  case NodeKind::CallExpr: {
    auto *c = llvm::cast<CallExpr>(x);
    printExpr(out, c->fun, depth + 1);
    out += '(';
    for (size_t i = 0; i < c->args.size(); i++) {
      if (i)
        out += ", ";
      printExpr(out, c->args[i], depth + 1);
    }
    if (c->hasEllipsis())
      out += "...";
    out += ')';
    break;
  }
  case NodeKind::StarExpr:
    out += '*';
    printExpr(out, llvm::cast<StarExpr>(x)->x, depth + 1);
    break;
  case NodeKind::UnaryExpr: {
    auto *u = llvm::cast<UnaryExpr>(x);
    out += tokString(u->op);
    printExpr(out, u->x, depth + 1);
    break;
  }
  case NodeKind::BinaryExpr: {
    auto *b = llvm::cast<BinaryExpr>(x);
    printExpr(out, b->x, depth + 1);
    out += ' ';
    out += tokString(b->op);
    out += ' ';
    printExpr(out, b->y, depth + 1);
    break;
  }
  case NodeKind::KeyValueExpr: {
    auto *kv = llvm::cast<KeyValueExpr>(x);
    printExpr(out, kv->key, depth + 1);
    out += ": ";
    printExpr(out, kv->value, depth + 1);
    break;
  }
  case NodeKind::ArrayType: {
    auto *a = llvm::cast<ArrayType>(x);
    out += '[';
    printExpr(out, a->len, depth + 1);
    out += ']';
    printExpr(out, a->elt, depth + 1);
    break;
  }
  case NodeKind::StructType:
    out += "struct{";
    printFieldList(out, llvm::cast<StructType>(x)->fields, "; ", depth);
    out += '}';
    break;
  case NodeKind::FuncType:
    out += "func";
    printSignature(out, llvm::cast<FuncType>(x), depth);
    break;
  case NodeKind::InterfaceType: {
    auto *it = llvm::cast<InterfaceType>(x);
    out += "interface{";
    for (size_t i = 0; i < it->methods->list.size(); i++) {
      if (i)
        out += "; ";
      const Field *f = it->methods->list[i];
      if (!f->names.empty()) {
        out += f->names[0]->name;
        if (auto *ft = llvm::dyn_cast<FuncType>(f->type))
          printSignature(out, ft, depth + 1);
      } else {
        printExpr(out, f->type, depth + 1);
      }
    }
    out += '}';
    break;
  }
  case NodeKind::MapType: {
    auto *m = llvm::cast<MapType>(x);
    out += "map[";
    printExpr(out, m->key, depth + 1);
    out += ']';
    printExpr(out, m->value, depth + 1);
    break;
  }
  case NodeKind::ChanType: {
    auto *c = llvm::cast<ChanType>(x);
    if (c->dir == ChanRecv)
      out += "<-chan ";
    else if (c->dir == ChanSend)
      out += "chan<- ";
    else
      out += "chan ";
    printExpr(out, c->value, depth + 1);
    break;
  }
  default:
    break;
  }
}

std::string exprString(const Expr *x) {
  std::string s;
  printExpr(s, x);
  return s;
}

std::string listString(const std::vector<Expr *> &l) {
  std::string s;
  for (size_t i = 0; i < l.size(); i++) {
    if (i)
      s += ", ";
    printExpr(s, l[i]);
  }
  return s;
}

/// The position gc's syntax package gives a node (operator position for
/// operations, '[' for index expressions, ...), used where gc reports an
/// error at x.Pos().
Pos syntaxPos(const Node *n) {
  switch (n->kind()) {
  case NodeKind::SelectorExpr:
    return llvm::cast<SelectorExpr>(n)->sel->pos() - 1;
  case NodeKind::IndexExpr:
    return llvm::cast<IndexExpr>(n)->lbrack;
  case NodeKind::SliceExpr:
    return llvm::cast<SliceExpr>(n)->lbrack;
  case NodeKind::CallExpr:
    return llvm::cast<CallExpr>(n)->lparen;
  case NodeKind::TypeAssertExpr:
    return llvm::cast<TypeAssertExpr>(n)->lparen - 1;
  case NodeKind::BinaryExpr:
    return llvm::cast<BinaryExpr>(n)->opPos;
  case NodeKind::KeyValueExpr:
    return llvm::cast<KeyValueExpr>(n)->colon;
  case NodeKind::CompositeLit:
    return llvm::cast<CompositeLit>(n)->lbrace;
  case NodeKind::FuncType:
    return llvm::cast<FuncType>(n)->params->pos();
  case NodeKind::AssignStmt:
    return llvm::cast<AssignStmt>(n)->tokPos;
  case NodeKind::IncDecStmt:
    return llvm::cast<IncDecStmt>(n)->tokPos;
  case NodeKind::SendStmt:
    return llvm::cast<SendStmt>(n)->arrow;
  case NodeKind::ExprStmt:
    return syntaxPos(llvm::cast<ExprStmt>(n)->x);
  default:
    return n->pos();
  }
}

bool isValue(const Expr *x, int depth = 0) {
  if (depth > kMaxDepth)
    return true;
  switch (x->kind()) {
  case NodeKind::BasicLit:
  case NodeKind::CompositeLit:
  case NodeKind::FuncLit:
  case NodeKind::SliceExpr:
  case NodeKind::TypeAssertExpr:
  case NodeKind::CallExpr:
  case NodeKind::UnaryExpr:
  case NodeKind::BinaryExpr:
    return true;
  case NodeKind::ParenExpr:
    return isValue(llvm::cast<ParenExpr>(x)->x, depth + 1);
  case NodeKind::IndexExpr: {
    auto *ix = llvm::cast<IndexExpr>(x);
    return isValue(ix->x, depth + 1) || isValue(ix->index, depth + 1);
  }
  default:
    return false;
  }
}

/// Whether x is certainly a type element (gc's isTypeElem).
bool isTypeElem(const Expr *x, int depth = 0) {
  if (depth > kMaxDepth)
    return false;
  switch (x->kind()) {
  case NodeKind::ArrayType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
    return true;
  case NodeKind::BinaryExpr: {
    auto *b = llvm::cast<BinaryExpr>(x);
    return isTypeElem(b->x, depth + 1) || isTypeElem(b->y, depth + 1);
  }
  case NodeKind::UnaryExpr: {
    auto *u = llvm::cast<UnaryExpr>(x);
    return u->op == Tok::Tilde || isTypeElem(u->x, depth + 1);
  }
  case NodeKind::StarExpr:
    return isTypeElem(llvm::cast<StarExpr>(x)->x, depth + 1);
  case NodeKind::ParenExpr:
    return isTypeElem(llvm::cast<ParenExpr>(x)->x, depth + 1);
  default:
    return false;
  }
}

/// One parameter as gc's parser sees it before grouping: a name, a type, or
/// both.
struct Param {
  Pos pos = NoPos;
  Ident *name = nullptr;
  Expr *type = nullptr;
};

/// Result of parsing an if/for/switch header.
struct Header {
  Stmt *init = nullptr;
  Expr *cond = nullptr;
  Stmt *post = nullptr;
  Stmt *guard = nullptr;      // type switch guard (switch only)
  RangeStmt *range = nullptr; // range clause (for only), body not yet set
};

class Parser {
public:
  Parser(AstContext &ctx, SourceFile *src, Diagnostics &diags)
      : ctx_(ctx), src_(src), diags_(diags), lex_(src, diags), errBase_(diags.count()) {
    next();
  }

  File *parseFile();

private:
  // -- Tokens ---------------------------------------------------------------
  void next() {
    lex_.next();
    tok_ = lex_.tok;
    pos_ = lex_.pos;
    lit_ = std::move(lex_.lit);
    bad_ = lex_.bad;
  }
  bool got(Tok t) {
    if (tok_ == t) {
      next();
      return true;
    }
    return false;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntaxError("expecting " + tokstring(t));
      advance({});
    }
  }
  bool gotAssign() {
    if (tok_ == Tok::Define) {
      syntaxError("expecting =");
      next();
      return true;
    }
    return got(Tok::Assign);
  }

  // -- Errors ---------------------------------------------------------------
  bool hadErrors() const { return diags_.count() > errBase_; }
  void errorAt(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
  void error(std::string msg) { errorAt(pos_, std::move(msg)); }
  std::string tokDesc() const;
  void syntaxErrorAt(Pos p, std::string msg);
  void syntaxError(std::string msg) { syntaxErrorAt(pos_, std::move(msg)); }
  void advance(std::initializer_list<Tok> followlist);

  // -- Nesting bound ----------------------------------------------------------
  struct DepthGuard {
    Parser &p;
    explicit DepthGuard(Parser &p) : p(p) {
      if (++p.depth_ > kMaxDepth && !p.bailed_)
        p.bailout();
    }
    ~DepthGuard() { --p.depth_; }
  };
  void bailout(const char *msg = "exceeded max nesting depth") {
    bailed_ = true;
    errorAt(pos_, msg);
    lex_.stop();
    next(); // now EOF: every loop terminates
  }

  template <typename T, typename... Args> T *make(Args &&...args) {
    return ctx_.make<T>(std::forward<Args>(args)...);
  }
  BadExpr *badExpr() { return make<BadExpr>(pos_, pos_); }

  // -- Declarations ---------------------------------------------------------
  Pos list(const char *context, Tok sep, Tok close, const std::function<bool()> &f);
  GenDecl *appendGroup(Tok keyword, Pos keywordPos, const std::function<Spec *(int)> &f);
  Spec *importSpec();
  Spec *constSpec(int iota);
  Spec *typeSpec();
  Spec *varSpec();
  FuncDecl *funcDeclOrNil(Pos funcPos);
  BlockStmt *funcBody();
  void takePragmas(Pos declPos);

  // -- Expressions ----------------------------------------------------------
  Expr *expr() { return binaryExpr(nullptr, 0); }
  Expr *binaryExpr(Expr *x, int prec);
  Expr *unaryExpr();
  Stmt *callStmt();
  Expr *operand(bool keepParens);
  Expr *pexpr(Expr *x, bool keepParens);
  Expr *bareComplitExpr();
  CompositeLit *complitExpr(Expr *type);
  std::vector<Expr *> exprList();
  Expr *typeList(bool *comma);
  std::vector<Expr *> argList(Pos *ellipsis, Pos *rparen);

  // -- Types ----------------------------------------------------------------
  Expr *type_();
  Expr *typeOrNil();
  Expr *typeInstance(Expr *typ);
  FuncType *funcType(const char *context, Pos funcPos);
  Expr *arrayType(Pos lbrack, Expr *len);
  Expr *chanElem();
  StructType *structType();
  InterfaceType *interfaceType();
  FieldList *funcResult();
  void fieldDecl(std::vector<Field *> &fields);
  Expr *arrayOrTArgs(Ident *name);
  Field *methodDecl();
  Field *embeddedElem(Field *f);
  Expr *embeddedTerm();
  bool paramDeclOrNil(Ident *name, Tok follow, Param &out);
  std::vector<Field *> paramList(Ident *name, Expr *typ, Tok close, bool requireNames,
                                 Pos *closePos);
  Ident *name();
  std::vector<Ident *> nameList(Ident *first);
  Expr *qualifiedName(Ident *name);
  BasicLit *oliteral();

  // -- Statements -----------------------------------------------------------
  Stmt *simpleStmt(std::vector<Expr *> lhs, Tok keyword);
  Stmt *labeledStmtOrNil(Ident *label);
  BlockStmt *blockStmt(const char *context);
  Stmt *declStmt();
  Stmt *forStmt();
  Header header(Tok keyword);
  IfStmt *ifStmt();
  Stmt *switchStmt();
  SelectStmt *selectStmt();
  CaseClause *caseClause();
  CommClause *commClause();
  Stmt *stmtOrNil();
  std::vector<Stmt *> stmtList();

  AstContext &ctx_;
  SourceFile *src_;
  Diagnostics &diags_;
  Lexer lex_;
  size_t errBase_;
  File *file_ = nullptr;

  Tok tok_ = Tok::EOF_;
  Pos pos_ = NoPos;
  std::string lit_;
  bool bad_ = false;

  int fnest_ = 0; // function nesting level (for error handling)
  int xnest_ = 0; // expression nesting level (for complit ambiguity)
  int depth_ = 0;
  int tparams_ = 0; // > 0 while parsing type parameters/constraints
  bool bailed_ = false;
};

//===----------------------------------------------------------------------===//
// Error handling
//===----------------------------------------------------------------------===//

std::string Parser::tokDesc() const {
  switch (tok_) {
  case Tok::Ident:
  case Tok::Semicolon:
    return lit_;
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
  case Tok::Char:
  case Tok::String:
    return "literal " + lit_;
  case Tok::Comma:
    return "comma";
  case Tok::EOF_:
    return "EOF";
  default:
    return std::string(tokString(tok_));
  }
}

void Parser::syntaxErrorAt(Pos p, std::string msg) {
  if (tok_ == Tok::EOF_ && hadErrors())
    return; // avoid meaningless follow-up errors
  auto startsWith = [&](const char *prefix) { return msg.rfind(prefix, 0) == 0; };
  if (msg.empty()) {
    // nothing to add
  } else if (startsWith("in ") || startsWith("at ") || startsWith("after ")) {
    msg = " " + msg;
  } else if (startsWith("expecting ")) {
    msg = ", " + msg;
  } else {
    // plain error: the current token does not matter
    errorAt(p, "syntax error: " + msg);
    return;
  }
  errorAt(p, "syntax error: unexpected " + tokDesc() + msg);
}

void Parser::advance(std::initializer_list<Tok> followlist) {
  TokSet followset;
  followset.set(size_t(Tok::EOF_)); // never skip EOF
  if (followlist.size() > 0) {
    if (fnest_ > 0) {
      for (Tok t : {Tok::Break, Tok::Const, Tok::Continue, Tok::Defer, Tok::Fallthrough,
                    Tok::For, Tok::Go, Tok::Goto, Tok::If, Tok::Return, Tok::Select,
                    Tok::Switch, Tok::Type, Tok::Var})
        followset.set(size_t(t));
    }
    for (Tok t : followlist)
      followset.set(size_t(t));
  }
  while (!followset.test(size_t(tok_))) {
    next();
    if (followlist.size() == 0)
      break;
  }
}

//===----------------------------------------------------------------------===//
// Files and declarations
//===----------------------------------------------------------------------===//

void Parser::takePragmas(Pos declPos) {
  for (File::Pragma &p : lex_.pragmas)
    file_->pragmas.push_back({declPos, std::move(p.text)});
  lex_.pragmas.clear();
}

File *Parser::parseFile() {
  File *f = make<File>();
  file_ = f;
  f->source = src_;
  f->packagePos = pos_;

  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    f->name = make<Ident>(pos_, "_");
    f->fileEnd = src_->pos(src_->text().size());
    return f;
  }
  lex_.pragmas.clear();
  f->name = name();
  want(Tok::Semicolon);

  // Don't bother continuing if the package clause has errors.
  if (hadErrors()) {
    f->fileEnd = src_->pos(src_->text().size());
    return f;
  }

  while (tok_ == Tok::Import) {
    Pos p = pos_;
    takePragmas(p);
    next();
    GenDecl *d = appendGroup(Tok::Import, p, [&](int) { return importSpec(); });
    f->decls.push_back(d);
    for (Spec *s : d->specs)
      f->imports.push_back(llvm::cast<ImportSpec>(s));
    want(Tok::Semicolon);
  }

  while (tok_ != Tok::EOF_) {
    Pos p = pos_;
    switch (tok_) {
    case Tok::Const:
      takePragmas(p);
      next();
      f->decls.push_back(appendGroup(Tok::Const, p, [&](int iota) { return constSpec(iota); }));
      break;
    case Tok::Type:
      takePragmas(p);
      next();
      f->decls.push_back(appendGroup(Tok::Type, p, [&](int) { return typeSpec(); }));
      break;
    case Tok::Var:
      takePragmas(p);
      next();
      f->decls.push_back(appendGroup(Tok::Var, p, [&](int) { return varSpec(); }));
      break;
    case Tok::Func:
      takePragmas(p);
      next();
      if (FuncDecl *d = funcDeclOrNil(p))
        f->decls.push_back(d);
      break;
    default: {
      auto *last = f->decls.empty() ? nullptr : llvm::dyn_cast<FuncDecl>(f->decls.back());
      if (tok_ == Tok::LBrace && last && !last->body)
        syntaxError("unexpected semicolon or newline before {");
      else
        syntaxError("non-declaration statement outside function body");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
      continue;
    }
    }

    // Directives inside the declaration stay at their own position.
    for (File::Pragma &pr : lex_.pragmas)
      f->pragmas.push_back(std::move(pr));
    lex_.pragmas.clear();

    if (tok_ != Tok::EOF_ && !got(Tok::Semicolon)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  for (File::Pragma &pr : lex_.pragmas)
    f->pragmas.push_back(std::move(pr));
  lex_.pragmas.clear();
  f->fileEnd = pos_;
  return f;
}

Pos Parser::list(const char *context, Tok sep, Tok close, const std::function<bool()> &f) {
  bool done = false;
  while (tok_ != Tok::EOF_ && tok_ != close && !done) {
    done = f();
    // sep is optional before close
    if (!got(sep) && tok_ != close) {
      syntaxError(std::string("in ") + context + "; possibly missing " + tokstring(sep) +
                  " or " + tokstring(close));
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      if (tok_ != close)
        return pos_;
    }
  }
  Pos p = pos_;
  want(close);
  return p;
}

GenDecl *Parser::appendGroup(Tok keyword, Pos keywordPos, const std::function<Spec *(int)> &f) {
  std::vector<Spec *> specs;
  if (tok_ == Tok::LParen) {
    Pos lparen = pos_;
    next();
    int iota = 0;
    Pos rparen = list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
      if (Spec *s = f(iota))
        specs.push_back(s);
      iota++;
      return false;
    });
    return make<GenDecl>(keywordPos, keyword, lparen, std::move(specs), rparen);
  }
  Spec *s = f(0);
  if (!s) {
    // Keep the invariant that an ungrouped declaration has one spec.
    return make<GenDecl>(keywordPos, keyword, pos_, std::move(specs), pos_);
  }
  specs.push_back(s);
  return make<GenDecl>(keywordPos, keyword, NoPos, std::move(specs), NoPos);
}

Spec *Parser::importSpec() {
  Ident *local = nullptr;
  if (tok_ == Tok::Ident) {
    local = name();
  } else if (tok_ == Tok::Period) {
    local = make<Ident>(pos_, ".");
    next();
  }
  BasicLit *path = oliteral();
  if (!path) {
    syntaxError("missing import path");
    advance({Tok::Semicolon, Tok::RParen});
    return nullptr;
  }
  if (path->litKind != Tok::String) {
    syntaxError("import path must be a string");
    return nullptr;
  }
  return make<ImportSpec>(local, path);
}

Spec *Parser::constSpec(int iota) {
  std::vector<Ident *> names = nameList(name());
  Expr *type = nullptr;
  std::vector<Expr *> values;
  if (tok_ != Tok::EOF_ && tok_ != Tok::Semicolon && tok_ != Tok::RParen) {
    type = typeOrNil();
    if (gotAssign())
      values = exprList();
  }
  auto *s = make<ValueSpec>(std::move(names), type, std::move(values));
  s->iota = iota;
  return s;
}

/// Splits x into a type parameter name and constraint, as gc's extractName.
static Ident *extractName(Expr *x, bool force, Expr **rest, int depth = 0) {
  *rest = x;
  if (depth > kMaxDepth)
    return nullptr;
  switch (x->kind()) {
  case NodeKind::Ident:
    *rest = nullptr;
    return llvm::cast<Ident>(x);
  case NodeKind::BinaryExpr: {
    auto *b = llvm::cast<BinaryExpr>(x);
    if (b->op == Tok::Mul) {
      if (auto *n = llvm::dyn_cast<Ident>(b->x); n && (force || isTypeElem(b->y))) {
        *rest = b->y; // name *T; the star is lost, which is fine for a
                      // declaration that is rejected anyway
        return n;
      }
    } else if (b->op == Tok::Or) {
      Expr *lhs;
      if (Ident *n = extractName(b->x, force || isTypeElem(b->y), &lhs, depth + 1);
          n && lhs) {
        b->x = lhs;
        *rest = b;
        return n;
      }
      *rest = x;
    }
    break;
  }
  case NodeKind::CallExpr: {
    auto *c = llvm::cast<CallExpr>(x);
    if (auto *n = llvm::dyn_cast<Ident>(c->fun)) {
      if (c->args.size() == 1 && !c->hasEllipsis() && (force || isTypeElem(c->args[0]))) {
        *rest = c->args[0];
        return n;
      }
    }
    break;
  }
  default:
    break;
  }
  return nullptr;
}

Spec *Parser::typeSpec() {
  Ident *n = name();
  Pos assign = NoPos;
  Expr *type = nullptr;
  FieldList *tparams = nullptr;

  auto aliasAssign = [&] {
    Pos p = pos_;
    if (gotAssign())
      assign = p;
  };

  if (tok_ == Tok::LBrack) {
    // array/slice type or type parameter list
    Pos lbrack = pos_;
    next();
    if (tok_ == Tok::Ident) {
      Expr *x = name();
      if (tok_ != Tok::LBrack) {
        xnest_++;
        tparams_++;
        x = binaryExpr(pexpr(x, false), 0);
        tparams_--;
        xnest_--;
      }
      Expr *ptype;
      Ident *pname = extractName(x, tok_ == Tok::Comma, &ptype);
      if (pname && (ptype || tok_ != Tok::RBrack)) {
        Pos rbrack = NoPos;
        tparams_++;
        std::vector<Field *> list = paramList(pname, ptype, Tok::RBrack, true, &rbrack);
        tparams_--;
        tparams = make<FieldList>(lbrack, std::move(list), rbrack);
        errorAt(lbrack, "generic type parameters not supported");
        aliasAssign();
        type = typeOrNil();
      } else {
        type = arrayType(lbrack, x);
      }
    } else if (tok_ == Tok::RBrack) {
      next();
      type = make<ArrayType>(lbrack, nullptr, type_());
    } else {
      type = arrayType(lbrack, nullptr);
    }
  } else {
    aliasAssign();
    type = typeOrNil();
  }

  if (!type) {
    type = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semicolon, Tok::RParen});
  }
  auto *s = make<TypeSpec>(n, assign, type);
  s->typeParams = tparams;
  return s;
}

Spec *Parser::varSpec() {
  std::vector<Ident *> names = nameList(name());
  Expr *type = nullptr;
  std::vector<Expr *> values;
  if (gotAssign()) {
    values = exprList();
  } else {
    type = type_();
    if (gotAssign())
      values = exprList();
  }
  return make<ValueSpec>(std::move(names), type, std::move(values));
}

FuncDecl *Parser::funcDeclOrNil(Pos funcPos) {
  FieldList *recv = nullptr;
  if (tok_ == Tok::LParen) {
    Pos lparen = pos_;
    next();
    Pos rparen = NoPos;
    std::vector<Field *> rcvr = paramList(nullptr, nullptr, Tok::RParen, false, &rparen);
    size_t n = 0;
    for (Field *f : rcvr)
      n += f->names.empty() ? 1 : f->names.size();
    if (n == 0)
      error("method has no receiver");
    else if (n > 1)
      error("method has multiple receivers");
    recv = make<FieldList>(lparen, std::move(rcvr), rparen);
  }

  if (tok_ != Tok::Ident) {
    syntaxError("expecting name or (");
    advance({Tok::LBrace, Tok::Semicolon});
    return nullptr;
  }
  Ident *n = name();
  FuncType *type = funcType(recv ? "method" : "", funcPos);
  if (type->typeParams && !recv)
    errorAt(type->typeParams->pos(), "generic type parameters not supported");
  BlockStmt *body = nullptr;
  if (tok_ == Tok::LBrace)
    body = funcBody();
  return make<FuncDecl>(recv, n, type, body);
}

BlockStmt *Parser::funcBody() {
  fnest_++;
  BlockStmt *body = blockStmt("");
  fnest_--;
  return body;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

Expr *Parser::binaryExpr(Expr *x, int prec) {
  if (!x)
    x = unaryExpr();
  int chain = 0;
  while (isBinaryOp(tok_) && tokPrecedence(tok_) > prec) {
    if (++chain > kMaxChain && !bailed_) {
      bailout("expression too long");
      break;
    }
    Pos opPos = pos_;
    Tok op = tok_;
    int tprec = tokPrecedence(tok_);
    next();
    Expr *y = binaryExpr(nullptr, tprec);
    x = make<BinaryExpr>(x, opPos, op, y);
  }
  return x;
}

Expr *Parser::unaryExpr() {
  DepthGuard guard(*this);
  if (bailed_)
    return badExpr();
  switch (tok_) {
  case Tok::Mul: {
    Pos p = pos_;
    next();
    return make<StarExpr>(p, unaryExpr());
  }
  case Tok::Add:
  case Tok::Sub:
  case Tok::Not:
  case Tok::Xor:
  case Tok::Tilde:
  case Tok::And: {
    Pos p = pos_;
    Tok op = tok_;
    next();
    if (op == Tok::Tilde && tparams_ == 0)
      errorAt(p, "cannot use ~ outside of interface or type constraint");
    return make<UnaryExpr>(p, op, unaryExpr());
  }
  case Tok::Arrow: {
    // receive op (<-x) or receive-only channel (<-chan E)
    Pos p = pos_;
    next();
    Expr *x = unaryExpr();
    if (auto *c0 = llvm::dyn_cast<ChanType>(x)) {
      // Re-associate <- with the channel type parsed already:
      //   <-(chan E)   =>  (<-chan E)
      //   <-(chan<-E)  =>  (<-chan (<-E))
      ChanDir dir = ChanSend;
      Expr *t = x;
      Pos arrow = p;
      while (dir == ChanSend) {
        auto *c = llvm::dyn_cast<ChanType>(t);
        if (!c)
          break;
        dir = c->dir;
        if (dir == ChanRecv)
          syntaxError("unexpected <-, expecting chan");
        Pos nextArrow = c->arrow;
        c->dir = ChanRecv;
        c->begin = arrow;
        c->arrow = arrow;
        arrow = nextArrow;
        t = c->value;
      }
      if (dir == ChanSend)
        syntaxError("unexpected " + exprString(t) + ", expecting chan");
      return c0;
    }
    return make<UnaryExpr>(p, Tok::Arrow, x);
  }
  default:
    break;
  }
  return pexpr(nullptr, true);
}

Stmt *Parser::callStmt() {
  Pos p = pos_;
  Tok t = tok_;
  next();
  const char *what = t == Tok::Go ? "go" : "defer";
  Expr *x = pexpr(nullptr, tok_ == Tok::LParen);
  if (Expr *u = unparen(x); u != x) {
    errorAt(syntaxPos(x), std::string("expression in ") + what + " must not be parenthesized");
    x = u;
  }
  auto *call = llvm::dyn_cast<CallExpr>(x);
  if (!call) {
    errorAt(syntaxPos(x), std::string("expression in ") + what + " must be function call");
    // Assume the common error of missing parentheses.
    call = make<CallExpr>(x, x->end(), std::vector<Expr *>{}, NoPos, x->end());
  }
  if (t == Tok::Go)
    return make<GoStmt>(p, call);
  return make<DeferStmt>(p, call);
}

Expr *Parser::operand(bool keepParens) {
  switch (tok_) {
  case Tok::Ident:
    return name();
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
  case Tok::Char:
  case Tok::String:
    return oliteral();
  case Tok::LParen: {
    Pos lparen = pos_;
    next();
    xnest_++;
    Expr *x = expr();
    xnest_--;
    Pos rparen = pos_;
    want(Tok::RParen);
    return make<ParenExpr>(lparen, x, rparen);
  }
  case Tok::Func: {
    Pos p = pos_;
    next();
    FuncType *ft = funcType("function type", p);
    if (tok_ == Tok::LBrace) {
      xnest_++;
      BlockStmt *body = funcBody();
      xnest_--;
      return make<FuncLit>(ft, body);
    }
    return ft;
  }
  case Tok::LBrack:
  case Tok::Chan:
  case Tok::Map:
  case Tok::Struct:
  case Tok::Interface:
    return type_();
  default: {
    Expr *x = badExpr();
    syntaxError("expecting expression");
    advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
    return x;
  }
  }
}

Expr *Parser::pexpr(Expr *x, bool keepParens) {
  if (!x)
    x = operand(keepParens);
  for (int chain = 0;; chain++) {
    if (chain > kMaxChain && !bailed_) {
      bailout("expression too long");
      return x;
    }
    Pos p = pos_;
    switch (tok_) {
    case Tok::Period:
      next();
      if (tok_ == Tok::Ident) {
        x = make<SelectorExpr>(x, name());
      } else if (tok_ == Tok::LParen) {
        Pos lparen = pos_;
        next();
        Expr *type = nullptr;
        if (!got(Tok::Type))
          type = type_();
        Pos rparen = pos_;
        want(Tok::RParen);
        x = make<TypeAssertExpr>(x, lparen, type, rparen);
      } else {
        syntaxError("expecting name or (");
        advance({Tok::Semicolon, Tok::RParen});
      }
      continue;

    case Tok::LBrack: {
      next();
      if (tok_ == Tok::RBrack) {
        syntaxError("expecting operand");
        Pos r = pos_;
        next();
        x = make<IndexExpr>(x, p, make<BadExpr>(r, r), r);
        continue;
      }
      Expr *i = nullptr;
      if (tok_ != Tok::Colon) {
        bool comma = false;
        i = typeList(&comma);
        if (comma || tok_ == Tok::RBrack) {
          if (comma)
            errorAt(p, "generic type instantiation not supported");
          Pos r = pos_;
          want(Tok::RBrack);
          x = make<IndexExpr>(x, p, i, r);
          continue;
        }
      }
      // slice expression
      if (!got(Tok::Colon)) {
        syntaxError("expecting comma, : or ]");
        advance({Tok::Comma, Tok::Colon, Tok::RBrack});
      }
      xnest_++;
      Expr *high = nullptr, *max = nullptr;
      bool slice3 = false;
      if (tok_ != Tok::Colon && tok_ != Tok::RBrack)
        high = expr();
      if (tok_ == Tok::Colon) {
        slice3 = true;
        if (!high) {
          error("middle index required in 3-index slice");
          high = badExpr();
        }
        next();
        if (tok_ != Tok::RBrack) {
          max = expr();
        } else {
          error("final index required in 3-index slice");
          max = badExpr();
        }
      }
      xnest_--;
      Pos r = pos_;
      want(Tok::RBrack);
      x = make<SliceExpr>(x, p, i, high, max, slice3, r);
      continue;
    }

    case Tok::LParen: {
      next();
      Pos ellipsis = NoPos, rparen = NoPos;
      std::vector<Expr *> args = argList(&ellipsis, &rparen);
      x = make<CallExpr>(x, p, std::move(args), ellipsis, rparen);
      continue;
    }

    case Tok::LBrace: {
      // operand may have returned a parenthesized complit type; accept it
      // but complain if we have a complit
      Expr *t = unparen(x);
      bool complitOK = false;
      switch (t->kind()) {
      case NodeKind::Ident:
      case NodeKind::SelectorExpr:
        complitOK = xnest_ >= 0;
        break;
      case NodeKind::IndexExpr:
        complitOK = xnest_ >= 0 && !isValue(t);
        break;
      case NodeKind::ArrayType:
      case NodeKind::StructType:
      case NodeKind::MapType:
        complitOK = true;
        break;
      default:
        break;
      }
      if (!complitOK)
        return x;
      if (t != x)
        syntaxError("cannot parenthesize type in composite literal");
      x = complitExpr(x);
      continue;
    }

    default:
      return x;
    }
  }
}

Expr *Parser::bareComplitExpr() {
  if (tok_ == Tok::LBrace)
    return complitExpr(nullptr); // '{' start_complit braced_keyval_list '}'
  return expr();
}

CompositeLit *Parser::complitExpr(Expr *type) {
  DepthGuard guard(*this);
  Pos lbrace = pos_;
  std::vector<Expr *> elts;
  xnest_++;
  want(Tok::LBrace);
  Pos rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
    Expr *e = bareComplitExpr();
    if (tok_ == Tok::Colon) {
      Pos colon = pos_;
      next();
      e = make<KeyValueExpr>(e, colon, bareComplitExpr());
    }
    elts.push_back(e);
    return false;
  });
  xnest_--;
  return make<CompositeLit>(type, lbrace, std::move(elts), rbrace);
}

std::vector<Expr *> Parser::exprList() {
  std::vector<Expr *> list;
  list.push_back(expr());
  while (got(Tok::Comma))
    list.push_back(expr());
  return list;
}

Expr *Parser::typeList(bool *comma) {
  *comma = false;
  xnest_++;
  Expr *x = expr();
  if (got(Tok::Comma)) {
    *comma = true;
    // Further elements are types; go/ast would build an IndexListExpr, we
    // keep the first element only (instantiation is rejected anyway).
    while (Expr *t = typeOrNil()) {
      (void)t;
      if (!got(Tok::Comma))
        break;
    }
  }
  xnest_--;
  return x;
}

std::vector<Expr *> Parser::argList(Pos *ellipsis, Pos *rparen) {
  std::vector<Expr *> list;
  xnest_++;
  *rparen = this->list("argument list", Tok::Comma, Tok::RParen, [&] {
    list.push_back(expr());
    Pos p = pos_;
    if (got(Tok::Ellipsis)) {
      *ellipsis = p;
      return true;
    }
    return false;
  });
  xnest_--;
  return list;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

Expr *Parser::type_() {
  Expr *typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return typ;
}

Expr *Parser::typeOrNil() {
  DepthGuard guard(*this);
  if (bailed_)
    return nullptr;
  Pos p = pos_;
  switch (tok_) {
  case Tok::Mul:
    next();
    return make<StarExpr>(p, type_());
  case Tok::Arrow: {
    // recvchantype
    next();
    want(Tok::Chan);
    return make<ChanType>(p, p, ChanRecv, chanElem());
  }
  case Tok::Func:
    next();
    return funcType("function type", p);
  case Tok::LBrack:
    next();
    if (got(Tok::RBrack))
      return make<ArrayType>(p, nullptr, type_());
    return arrayType(p, nullptr);
  case Tok::Chan: {
    next();
    Pos arrow = NoPos;
    ChanDir dir = ChanBoth;
    if (tok_ == Tok::Arrow) {
      arrow = pos_;
      next();
      dir = ChanSend;
    }
    return make<ChanType>(p, arrow, dir, chanElem());
  }
  case Tok::Map: {
    next();
    want(Tok::LBrack);
    Expr *key = type_();
    want(Tok::RBrack);
    return make<MapType>(p, key, type_());
  }
  case Tok::Struct:
    return structType();
  case Tok::Interface:
    return interfaceType();
  case Tok::Ident:
    return qualifiedName(nullptr);
  case Tok::LParen: {
    next();
    Expr *t = type_();
    Pos r = pos_;
    want(Tok::RParen);
    return make<ParenExpr>(p, t, r);
  }
  default:
    return nullptr;
  }
}

Expr *Parser::typeInstance(Expr *typ) {
  Pos lbrack = pos_;
  want(Tok::LBrack);
  errorAt(lbrack, "generic type instantiation not supported");
  Expr *index;
  if (tok_ == Tok::RBrack) {
    syntaxError("expecting type");
    index = badExpr();
  } else {
    bool comma;
    index = typeList(&comma);
  }
  Pos r = pos_;
  want(Tok::RBrack);
  return make<IndexExpr>(typ, lbrack, index, r);
}

FuncType *Parser::funcType(const char *context, Pos funcPos) {
  Pos typPos = pos_;
  FieldList *tparams = nullptr;
  if (tok_ == Tok::LBrack) {
    Pos lbrack = pos_;
    next();
    if (context[0] != '\0')
      syntaxErrorAt(typPos, std::string(context) + " must have no type parameters");
    if (tok_ == Tok::RBrack) {
      syntaxError("empty type parameter list");
      Pos r = pos_;
      next();
      tparams = make<FieldList>(lbrack, std::vector<Field *>{}, r);
    } else {
      Pos r = NoPos;
      tparams_++;
      std::vector<Field *> l = paramList(nullptr, nullptr, Tok::RBrack, true, &r);
      tparams_--;
      tparams = make<FieldList>(lbrack, std::move(l), r);
    }
  }
  Pos lparen = pos_;
  want(Tok::LParen);
  Pos rparen = NoPos;
  std::vector<Field *> params = paramList(nullptr, nullptr, Tok::RParen, false, &rparen);
  FieldList *results = funcResult();
  auto *ft = make<FuncType>(funcPos, make<FieldList>(lparen, std::move(params), rparen), results);
  ft->typeParams = tparams;
  return ft;
}

Expr *Parser::arrayType(Pos lbrack, Expr *len) {
  if (!len) {
    Pos p = pos_;
    if (got(Tok::Ellipsis)) {
      len = make<Ellipsis>(p, nullptr);
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok_ == Tok::Comma) {
    // Trailing commas are accepted in type parameter lists but not in
    // array type declarations. Accept for better error handling but
    // complain.
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::RBrack);
  return make<ArrayType>(lbrack, len, type_());
}

Expr *Parser::chanElem() {
  Expr *typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("missing channel element type");
    // already progressed, no need to advance
  }
  return typ;
}

StructType *Parser::structType() {
  Pos p = pos_;
  want(Tok::Struct);
  Pos lbrace = pos_;
  want(Tok::LBrace);
  std::vector<Field *> fields;
  Pos rbrace = list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
    fieldDecl(fields);
    return false;
  });
  return make<StructType>(p, make<FieldList>(lbrace, std::move(fields), rbrace));
}

InterfaceType *Parser::interfaceType() {
  Pos p = pos_;
  want(Tok::Interface);
  Pos lbrace = pos_;
  want(Tok::LBrace);
  std::vector<Field *> methods;
  Pos rbrace = list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
    Field *f = nullptr;
    if (tok_ == Tok::Ident)
      f = methodDecl();
    if (!f || f->names.empty())
      f = embeddedElem(f);
    methods.push_back(f);
    return false;
  });
  return make<InterfaceType>(p, make<FieldList>(lbrace, std::move(methods), rbrace));
}

FieldList *Parser::funcResult() {
  if (tok_ == Tok::LParen) {
    Pos lparen = pos_;
    next();
    Pos rparen = NoPos;
    std::vector<Field *> l = paramList(nullptr, nullptr, Tok::RParen, false, &rparen);
    return make<FieldList>(lparen, std::move(l), rparen);
  }
  if (Expr *typ = typeOrNil()) {
    std::vector<Field *> l{make<Field>(std::vector<Ident *>{}, typ, nullptr)};
    return make<FieldList>(NoPos, std::move(l), NoPos);
  }
  return nullptr;
}

void Parser::fieldDecl(std::vector<Field *> &fields) {
  Pos p = pos_;
  // Like gc, any literal is accepted as a tag here; the checker rejects
  // non-string tags.
  auto tag = [&]() -> BasicLit * { return oliteral(); };
  switch (tok_) {
  case Tok::Ident: {
    Ident *n = name();
    if (tok_ == Tok::Period || isLiteralTok(tok_) || tok_ == Tok::Semicolon ||
        tok_ == Tok::RBrace) {
      // embedded type
      Expr *typ = qualifiedName(n);
      fields.push_back(make<Field>(std::vector<Ident *>{}, typ, tag()));
      break;
    }
    std::vector<Ident *> names = nameList(n);
    Expr *typ;
    if (names.size() == 1 && tok_ == Tok::LBrack) {
      typ = arrayOrTArgs(n);
      if (llvm::isa<IndexExpr>(typ)) {
        // embedded generic type N[T]
        fields.push_back(make<Field>(std::vector<Ident *>{}, typ, tag()));
        break;
      }
    } else {
      typ = type_();
    }
    fields.push_back(make<Field>(std::move(names), typ, tag()));
    break;
  }
  case Tok::Mul: {
    next();
    Expr *typ;
    if (tok_ == Tok::LParen) {
      // *(T)
      syntaxError("cannot parenthesize embedded type");
      next();
      typ = qualifiedName(nullptr);
      got(Tok::RParen); // no need to complain if missing
    } else {
      // *T
      typ = qualifiedName(nullptr);
    }
    fields.push_back(make<Field>(std::vector<Ident *>{}, make<StarExpr>(p, typ), tag()));
    break;
  }
  case Tok::LParen: {
    syntaxError("cannot parenthesize embedded type");
    next();
    Expr *typ;
    if (tok_ == Tok::Mul) {
      // (*T)
      Pos sp = pos_;
      next();
      typ = make<StarExpr>(sp, qualifiedName(nullptr));
    } else {
      // (T)
      typ = qualifiedName(nullptr);
    }
    got(Tok::RParen); // no need to complain if missing
    fields.push_back(make<Field>(std::vector<Ident *>{}, typ, tag()));
    break;
  }
  default:
    syntaxError("expecting field name or embedded type");
    advance({Tok::Semicolon, Tok::RBrace});
  }
}

Expr *Parser::arrayOrTArgs(Ident *name) {
  Pos lbrack = pos_;
  want(Tok::LBrack);
  if (got(Tok::RBrack))
    return make<ArrayType>(lbrack, nullptr, type_());

  // x [n]E or x[n,], x[n1, n2], ...
  bool comma;
  Expr *n = typeList(&comma);
  Pos rbrack = pos_;
  want(Tok::RBrack);
  if (!comma) {
    if (Expr *elem = typeOrNil())
      return make<ArrayType>(lbrack, n, elem);
  }
  // x[P], x[P1, P2], ...
  errorAt(lbrack, "generic type instantiation not supported");
  return make<IndexExpr>(name, lbrack, n, rbrack);
}

Field *Parser::methodDecl() {
  Ident *n = name();
  const char *context = "interface method";
  switch (tok_) {
  case Tok::LParen: {
    FuncType *ft = funcType(context, NoPos);
    return make<Field>(std::vector<Ident *>{n}, ft, nullptr);
  }
  case Tok::LBrack: {
    // Careful: this could be an embedded instantiated type (generic
    // interface) or a method with type parameters; both are generics.
    Pos lbrack = pos_;
    next();
    if (tok_ == Tok::RBrack) {
      Pos p = pos_;
      next();
      if (tok_ == Tok::LParen) {
        errorAt(p, "empty type parameter list");
        return make<Field>(std::vector<Ident *>{n}, funcType(context, NoPos), nullptr);
      }
      errorAt(p, "empty type argument list");
      return make<Field>(std::vector<Ident *>{}, n, nullptr);
    }
    Pos r = NoPos;
    tparams_++;
    std::vector<Field *> l = paramList(nullptr, nullptr, Tok::RBrack, false, &r);
    tparams_--;
    if (l.empty()) {
      if (tok_ == Tok::LParen)
        return make<Field>(std::vector<Ident *>{n}, funcType(context, NoPos), nullptr);
      return make<Field>(std::vector<Ident *>{}, n, nullptr);
    }
    if (!l[0]->names.empty()) {
      FuncType *ft = funcType(context, NoPos);
      errorAt(lbrack, "interface method must have no type parameters");
      return make<Field>(std::vector<Ident *>{n}, ft, nullptr);
    }
    errorAt(lbrack, "generic type instantiation not supported");
    return make<Field>(std::vector<Ident *>{}, make<IndexExpr>(n, lbrack, l[0]->type, r),
                       nullptr);
  }
  default:
    return make<Field>(std::vector<Ident *>{}, qualifiedName(n), nullptr);
  }
}

Field *Parser::embeddedElem(Field *f) {
  if (!f)
    f = make<Field>(std::vector<Ident *>{}, embeddedTerm(), nullptr);
  for (int chain = 0; tok_ == Tok::Or; chain++) {
    if (chain > kMaxChain && !bailed_) {
      bailout("expression too long");
      break;
    }
    Pos p = pos_;
    next();
    if (tparams_ == 0)
      errorAt(p, "generic type constraints not supported");
    f->type = make<BinaryExpr>(f->type, p, Tok::Or, embeddedTerm());
  }
  return f;
}

Expr *Parser::embeddedTerm() {
  if (tok_ == Tok::Tilde) {
    Pos p = pos_;
    next();
    if (tparams_ == 0)
      errorAt(p, "generic type constraints not supported");
    return make<UnaryExpr>(p, Tok::Tilde, type_());
  }
  Expr *t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expecting ~ term or type");
    advance({Tok::Or, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return t;
}

bool Parser::paramDeclOrNil(Ident *n, Tok follow, Param &out) {
  bool typeSetsOK = follow == Tok::RBrack;
  out = Param();
  out.pos = pos_;
  if (n) {
    out.pos = n->pos();
  } else if (typeSetsOK && tok_ == Tok::Tilde) {
    // "~" ...
    out.type = embeddedElem(nullptr)->type;
    return true;
  }

  if (tok_ == Tok::Ident || n) {
    if (!n)
      n = name();
    if (tok_ == Tok::LBrack) {
      // name "[" ...
      Expr *t = arrayOrTArgs(n);
      if (llvm::isa<IndexExpr>(t)) {
        out.type = t;
      } else {
        out.name = n;
        out.type = t;
      }
      if (typeSetsOK && tok_ == Tok::Or) {
        Field *f = make<Field>(std::vector<Ident *>{}, out.type, nullptr);
        out.type = embeddedElem(f)->type;
      }
      return true;
    }
    if (tok_ == Tok::Period) {
      // name "." ...
      out.type = qualifiedName(n);
      if (typeSetsOK && tok_ == Tok::Or) {
        Field *f = make<Field>(std::vector<Ident *>{}, out.type, nullptr);
        out.type = embeddedElem(f)->type;
      }
      return true;
    }
    if (typeSetsOK && tok_ == Tok::Or) {
      // name "|" ...
      Field *f = make<Field>(std::vector<Ident *>{}, n, nullptr);
      out.type = embeddedElem(f)->type;
      return true;
    }
    out.name = n;
  }

  if (tok_ == Tok::Ellipsis) {
    // [name] "..." ...
    Pos p = pos_;
    next();
    Expr *elt = typeOrNil();
    if (!elt) {
      elt = badExpr();
      syntaxError("... is missing type");
    }
    out.type = make<Ellipsis>(p, elt);
    return true;
  }

  if (typeSetsOK && tok_ == Tok::Tilde) {
    // [name] "~" ...
    out.type = embeddedElem(nullptr)->type;
    return true;
  }

  out.type = typeOrNil();
  if (typeSetsOK && tok_ == Tok::Or && out.type) {
    Field *f = make<Field>(std::vector<Ident *>{}, out.type, nullptr);
    out.type = embeddedElem(f)->type;
  }
  if (out.name || out.type)
    return true;

  syntaxError("expecting " + tokstring(follow));
  advance({Tok::Comma, follow});
  return false;
}

std::vector<Field *> Parser::paramList(Ident *n, Expr *typ, Tok close, bool requireNames,
                                       Pos *closePos) {
  std::vector<Param> list;
  if (n && typ && tok_ == close) {
    // name type "]"
    *closePos = pos_;
    next();
    list.push_back({n->pos(), n, typ});
  } else {
    int named = 0, typed = 0;
    *closePos = this->list("parameter list", Tok::Comma, close, [&] {
      Param par;
      bool ok;
      if (typ) {
        par = {n->pos(), n, typ};
        ok = true;
      } else {
        ok = paramDeclOrNil(n, close, par);
      }
      n = nullptr;   // 1st name was consumed if present
      typ = nullptr; // 1st type was consumed if present
      if (ok) {
        if (par.name && par.type)
          named++;
        if (par.type)
          typed++;
        list.push_back(par);
      }
      return false;
    });

    if (!list.empty()) {
      if (named == 0 && !requireNames) {
        // all unnamed => found names are named types
        for (Param &par : list) {
          if (par.name) {
            par.type = par.name;
            par.name = nullptr;
          }
        }
      } else if (named != int(list.size())) {
        // some named or we're in a type parameter list => all must be named
        Pos errPos = NoPos;
        Expr *t = nullptr;
        for (size_t i = list.size(); i-- > 0;) {
          Param &par = list[i];
          if (par.type) {
            t = par.type;
            if (!par.name) {
              errPos = t->pos();
              par.name = make<Ident>(t->pos(), "_");
            }
          } else if (t) {
            par.type = t;
          } else {
            // par.type == nil && t == nil => we only have a par.name
            errPos = par.name->pos();
            par.type = make<BadExpr>(errPos, errPos);
          }
        }
        if (errPos != NoPos) {
          std::string msg;
          if (requireNames) {
            if (named == typed) {
              errPos = *closePos; // position error at closing ]
              msg = "missing type constraint";
            } else {
              msg = "type parameters must be named";
            }
          } else {
            msg = "mixed named and unnamed parameters";
          }
          syntaxErrorAt(errPos, msg);
        }
      }
    }
  }

  // Group consecutive parameters sharing one type node into one Field, as
  // go/ast does ("a, b int").
  std::vector<Field *> fields;
  for (size_t i = 0; i < list.size();) {
    if (!list[i].name) {
      fields.push_back(make<Field>(std::vector<Ident *>{}, list[i].type, nullptr));
      i++;
      continue;
    }
    std::vector<Ident *> names{list[i].name};
    size_t j = i + 1;
    while (j < list.size() && list[j].name && list[j].type == list[i].type)
      names.push_back(list[j++].name);
    fields.push_back(make<Field>(std::move(names), list[i].type, nullptr));
    i = j;
  }
  return fields;
}

Ident *Parser::name() {
  if (tok_ == Tok::Ident) {
    Ident *n = make<Ident>(pos_, lit_);
    next();
    return n;
  }
  Ident *n = make<Ident>(pos_, "_");
  syntaxError("expecting name");
  advance({});
  return n;
}

std::vector<Ident *> Parser::nameList(Ident *first) {
  std::vector<Ident *> l{first};
  while (got(Tok::Comma))
    l.push_back(name());
  return l;
}

Expr *Parser::qualifiedName(Ident *n) {
  Expr *x;
  if (n) {
    x = n;
  } else if (tok_ == Tok::Ident) {
    x = name();
  } else {
    x = make<Ident>(pos_, "_");
    syntaxError("expecting name");
    advance({Tok::Period, Tok::Semicolon, Tok::RBrace});
  }
  if (tok_ == Tok::Period) {
    next();
    x = make<SelectorExpr>(x, name());
  }
  if (tok_ == Tok::LBrack)
    x = typeInstance(x);
  return x;
}

BasicLit *Parser::oliteral() {
  if (isLiteralTok(tok_)) {
    auto *b = make<BasicLit>(pos_, tok_, lit_);
    b->bad = bad_;
    next();
    return b;
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

Stmt *Parser::simpleStmt(std::vector<Expr *> lhs, Tok keyword) {
  auto rangeClause = [&](std::vector<Expr *> l, Tok def, Pos defPos) -> Stmt * {
    Pos forPos = NoPos; // set by forStmt
    next();             // consume range
    Expr *x = expr();
    Expr *key = l.size() > 0 ? l[0] : nullptr;
    Expr *value = l.size() > 1 ? l[1] : nullptr;
    if (l.size() > 2)
      errorAt(l[2]->pos(), "range clause permits at most two iteration variables");
    return make<RangeStmt>(forPos, key, value, defPos, key ? def : Tok::Illegal, x, nullptr);
  };

  if (keyword == Tok::For && tok_ == Tok::Range) {
    // expr_list op= expr_list
    return rangeClause({}, Tok::Illegal, NoPos);
  }

  if (lhs.empty())
    lhs = exprList();

  if (lhs.size() == 1 && tok_ != Tok::Assign && tok_ != Tok::Define) {
    // expr
    Pos p = pos_;
    Tok t = tok_;
    if (isAssignOp(t)) {
      // lhs op= rhs
      next();
      return make<AssignStmt>(std::move(lhs), p, t, std::vector<Expr *>{expr()});
    }
    if (t == Tok::Inc || t == Tok::Dec) {
      // lhs++ or lhs--
      next();
      return make<IncDecStmt>(lhs[0], p, t);
    }
    if (t == Tok::Arrow) {
      // lhs <- rhs
      next();
      return make<SendStmt>(lhs[0], p, expr());
    }
    return make<ExprStmt>(lhs[0]);
  }

  // expr_list
  if (tok_ == Tok::Assign || tok_ == Tok::Define) {
    Pos p = pos_;
    Tok t = tok_;
    next();
    if (keyword == Tok::For && tok_ == Tok::Range) {
      // expr_list op= range expr
      return rangeClause(std::move(lhs), t, p);
    }
    // expr_list op= expr_list
    std::vector<Expr *> rhs = exprList();
    return make<AssignStmt>(std::move(lhs), p, t, std::move(rhs));
  }

  syntaxError("expecting := or = or comma");
  advance({Tok::Semicolon, Tok::RBrace});
  return make<ExprStmt>(lhs[0]);
}

Stmt *Parser::labeledStmtOrNil(Ident *label) {
  Pos colon = pos_;
  want(Tok::Colon);
  if (tok_ == Tok::RBrace) {
    // We expect a statement (incl. an empty statement), which must be
    // terminated by a semicolon - we may omit the semicolon if followed by
    // a "}". Provide an (implicit) empty statement.
    return make<LabeledStmt>(label, colon, make<EmptyStmt>(pos_, true));
  }
  if (Stmt *s = stmtOrNil())
    return make<LabeledStmt>(label, colon, s);
  // report error at line of ':' token
  syntaxErrorAt(colon, "missing statement after label");
  return nullptr;
}

BlockStmt *Parser::blockStmt(const char *context) {
  Pos lbrace = pos_;
  // people coming from C may forget that braces are mandatory in Go
  if (!got(Tok::LBrace)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Tok::Ident, Tok::RBrace});
    Pos r = pos_; // in case we found "}"
    if (got(Tok::RBrace))
      return make<BlockStmt>(lbrace, std::vector<Stmt *>{}, r);
  }
  std::vector<Stmt *> list = stmtList();
  Pos rbrace = pos_;
  want(Tok::RBrace);
  return make<BlockStmt>(lbrace, std::move(list), rbrace);
}

Stmt *Parser::declStmt() {
  Pos p = pos_;
  Tok t = tok_;
  next(); // Const, Type or Var
  GenDecl *d;
  switch (t) {
  case Tok::Const:
    d = appendGroup(t, p, [&](int iota) { return constSpec(iota); });
    break;
  case Tok::Type:
    d = appendGroup(t, p, [&](int) { return typeSpec(); });
    break;
  default:
    d = appendGroup(t, p, [&](int) { return varSpec(); });
    break;
  }
  return make<DeclStmt>(d);
}

Stmt *Parser::forStmt() {
  Pos p = pos_;
  Header h = header(Tok::For);
  BlockStmt *body = blockStmt("for clause");
  if (h.range) {
    h.range->forPos = p;
    h.range->body = body;
    return h.range;
  }
  return make<ForStmt>(p, h.init, h.cond, h.post, body);
}

Header Parser::header(Tok keyword) {
  Header h;
  want(keyword);

  if (tok_ == Tok::LBrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      h.cond = badExpr();
    }
    return h;
  }
  // tok_ != LBrace

  int outer = xnest_;
  xnest_ = -1;

  if (tok_ != Tok::Semicolon) {
    // accept potential varDecl but complain
    if (got(Tok::Var))
      syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
    h.init = simpleStmt({}, keyword);
    // If we have a range clause, we are done (can only happen for keyword
    // == For).
    if (auto *r = llvm::dyn_cast<RangeStmt>(h.init)) {
      h.init = nullptr;
      h.range = r;
      xnest_ = outer;
      return h;
    }
  }

  Stmt *condStmt = nullptr;
  Pos semiPos = NoPos;
  std::string semiLit;
  if (tok_ != Tok::LBrace) {
    if (tok_ == Tok::Semicolon) {
      semiPos = pos_;
      semiLit = lit_;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error
      // message
      want(Tok::LBrace);
      if (tok_ != Tok::LBrace)
        advance({Tok::LBrace, Tok::RBrace}); // for better synchronization
    }
    if (keyword == Tok::For) {
      if (tok_ != Tok::Semicolon) {
        if (tok_ == Tok::LBrace) {
          syntaxError("expecting for loop condition");
          goto done;
        }
        condStmt = simpleStmt({}, Tok::Illegal /* range not permitted */);
      }
      want(Tok::Semicolon);
      if (tok_ != Tok::LBrace) {
        h.post = simpleStmt({}, Tok::Illegal /* range not permitted */);
        if (auto *a = llvm::dyn_cast<AssignStmt>(h.post); a && a->tok == Tok::Define)
          syntaxErrorAt(a->tokPos, "cannot declare in post statement of for loop");
      }
    } else if (tok_ != Tok::LBrace) {
      condStmt = simpleStmt({}, keyword);
    }
  } else {
    condStmt = h.init;
    h.init = nullptr;
  }

done:
  // unpack condStmt
  if (!condStmt) {
    if (keyword == Tok::If && semiPos != NoPos) {
      if (semiLit != "semicolon")
        syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
      else
        syntaxErrorAt(semiPos, "missing condition in if statement");
      h.cond = make<BadExpr>(semiPos, semiPos);
    }
  } else if (auto *es = llvm::dyn_cast<ExprStmt>(condStmt)) {
    if (keyword == Tok::Switch && isTypeAssertGuard(es->x))
      h.guard = es;
    else
      h.cond = es->x;
  } else if (auto *as = llvm::dyn_cast<AssignStmt>(condStmt);
             as && keyword == Tok::Switch && as->tok == Tok::Define && as->lhs.size() == 1 &&
             llvm::isa<Ident>(as->lhs[0]) && as->rhs.size() == 1 &&
             isTypeAssertGuard(as->rhs[0])) {
    h.guard = as;
  } else {
    std::string str;
    if (auto *a = llvm::dyn_cast<AssignStmt>(condStmt)) {
      if (a->tok == Tok::Assign)
        str = "assignment (" + listString(a->lhs) + ") = (" + listString(a->rhs) + ")";
      else
        str = listString(a->lhs) + " " + std::string(tokString(a->tok)) + " " +
              listString(a->rhs);
    } else if (auto *id = llvm::dyn_cast<IncDecStmt>(condStmt)) {
      str = exprString(id->x) + std::string(tokString(id->tok));
    } else if (auto *ss = llvm::dyn_cast<SendStmt>(condStmt)) {
      str = exprString(ss->chan) + " <- " + exprString(ss->value);
    }
    syntaxErrorAt(syntaxPos(condStmt), "cannot use " + str + " as value");
    h.cond = make<BadExpr>(condStmt->pos(), condStmt->end());
  }

  xnest_ = outer;
  return h;
}

IfStmt *Parser::ifStmt() {
  DepthGuard guard(*this);
  Pos p = pos_;
  Header h = header(Tok::If);
  if (!h.cond)
    h.cond = make<BadExpr>(pos_, pos_);
  BlockStmt *then = blockStmt("if clause");
  Stmt *els = nullptr;
  if (got(Tok::Else)) {
    if (tok_ == Tok::If) {
      els = ifStmt();
    } else if (tok_ == Tok::LBrace) {
      els = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({Tok::Ident, Tok::RBrace});
    }
  }
  return make<IfStmt>(p, h.init, h.cond, then, els);
}

Stmt *Parser::switchStmt() {
  Pos p = pos_;
  Header h = header(Tok::Switch);
  Pos lbrace = pos_;
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  std::vector<Stmt *> clauses;
  while (tok_ != Tok::EOF_ && tok_ != Tok::RBrace)
    clauses.push_back(caseClause());
  Pos rbrace = pos_;
  want(Tok::RBrace);
  auto *body = make<BlockStmt>(lbrace, std::move(clauses), rbrace);
  if (h.guard)
    return make<TypeSwitchStmt>(p, h.init, h.guard, body);
  return make<SwitchStmt>(p, h.init, h.cond, body);
}

SelectStmt *Parser::selectStmt() {
  Pos p = pos_;
  want(Tok::Select);
  Pos lbrace = pos_;
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  std::vector<Stmt *> clauses;
  while (tok_ != Tok::EOF_ && tok_ != Tok::RBrace)
    clauses.push_back(commClause());
  Pos rbrace = pos_;
  want(Tok::RBrace);
  return make<SelectStmt>(p, make<BlockStmt>(lbrace, std::move(clauses), rbrace));
}

CaseClause *Parser::caseClause() {
  Pos p = pos_;
  std::vector<Expr *> list;
  switch (tok_) {
  case Tok::Case:
    next();
    list = exprList();
    break;
  case Tok::Default:
    next();
    break;
  default:
    syntaxError("expecting case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  Pos colon = pos_;
  want(Tok::Colon);
  std::vector<Stmt *> body = stmtList();
  return make<CaseClause>(p, std::move(list), colon, std::move(body));
}

CommClause *Parser::commClause() {
  Pos p = pos_;
  Stmt *comm = nullptr;
  switch (tok_) {
  case Tok::Case:
    next();
    comm = simpleStmt({}, Tok::Illegal);
    // The syntax restricts the possible simple statements here to:
    //     lhs <- x (send statement)
    //     <-x
    //     lhs = <-x
    //     lhs := <-x
    // All these (and more) are recognized by simpleStmt and invalid
    // syntax trees are flagged later, during type checking.
    break;
  case Tok::Default:
    next();
    break;
  default:
    syntaxError("expecting case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  Pos colon = pos_;
  want(Tok::Colon);
  std::vector<Stmt *> body = stmtList();
  return make<CommClause>(p, comm, colon, std::move(body));
}

Stmt *Parser::stmtOrNil() {
  DepthGuard guard(*this);
  if (bailed_)
    return nullptr;

  // Most statements (assignments) start with an identifier; look for it
  // first before doing anything more expensive.
  if (tok_ == Tok::Ident) {
    std::vector<Expr *> lhs = exprList();
    if (lhs.size() == 1 && tok_ == Tok::Colon) {
      if (auto *label = llvm::dyn_cast<Ident>(lhs[0]))
        return labeledStmtOrNil(label);
    }
    return simpleStmt(std::move(lhs), Tok::Illegal);
  }

  switch (tok_) {
  case Tok::Var:
  case Tok::Const:
  case Tok::Type:
    return declStmt();
  case Tok::LBrace:
    return blockStmt("");
  case Tok::Add:
  case Tok::Sub:
  case Tok::Mul:
  case Tok::And:
  case Tok::Xor:
  case Tok::Not:
    return simpleStmt({}, Tok::Illegal); // unary operators
  case Tok::Int:
  case Tok::Float:
  case Tok::Imag:
  case Tok::Char:
  case Tok::String:
  case Tok::Func:
  case Tok::LParen: // operands
  case Tok::LBrack:
  case Tok::Struct:
  case Tok::Map:
  case Tok::Chan:
  case Tok::Interface: // composite types
  case Tok::Arrow:     // receive operator
    return simpleStmt({}, Tok::Illegal);
  case Tok::For:
    return forStmt();
  case Tok::Switch:
    return switchStmt();
  case Tok::Select:
    return selectStmt();
  case Tok::If:
    return ifStmt();
  case Tok::Fallthrough: {
    Pos p = pos_;
    next();
    return make<BranchStmt>(p, Tok::Fallthrough, nullptr);
  }
  case Tok::Break:
  case Tok::Continue: {
    Pos p = pos_;
    Tok t = tok_;
    next();
    Ident *label = nullptr;
    if (tok_ == Tok::Ident)
      label = name();
    return make<BranchStmt>(p, t, label);
  }
  case Tok::Go:
  case Tok::Defer:
    return callStmt();
  case Tok::Goto: {
    Pos p = pos_;
    next();
    return make<BranchStmt>(p, Tok::Goto, name());
  }
  case Tok::Return: {
    Pos p = pos_;
    next();
    std::vector<Expr *> results;
    if (tok_ != Tok::Semicolon && tok_ != Tok::RBrace)
      results = exprList();
    return make<ReturnStmt>(p, std::move(results));
  }
  case Tok::Semicolon:
    return make<EmptyStmt>(pos_, lit_ != "semicolon");
  default:
    return nullptr;
  }
}

std::vector<Stmt *> Parser::stmtList() {
  std::vector<Stmt *> l;
  while (tok_ != Tok::EOF_ && tok_ != Tok::RBrace && tok_ != Tok::Case &&
         tok_ != Tok::Default) {
    Stmt *s = stmtOrNil();
    if (!s)
      break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semicolon) && tok_ != Tok::RBrace) {
      syntaxError("at end of statement");
      advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semicolon); // avoid spurious empty statement
    }
  }
  return l;
}

} // namespace

File *parseFile(AstContext &ctx, SourceFile *src, Diagnostics &diags) {
  Parser p(ctx, src, diags);
  return p.parseFile();
}

} // namespace golite
