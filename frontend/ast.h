//===- frontend/ast.h - Go abstract syntax tree ----------------*- C++ -*-===//
//
// This file declares the AST produced by the parser and annotated in place by
// the type checker. It mirrors go/ast node for node (same names, same
// fields) so that anyone who knows go/ast can read it; the differences are:
//   - nodes are allocated in an AstContext arena and never freed singly;
//   - LLVM-style RTTI: every node has a Kind, use llvm::isa/cast/dyn_cast;
//   - the checker's results live on the nodes themselves instead of in
//     go/types.Info maps: Expr::tv (type and mode and constant value),
//     Ident::obj (the object defined or used), SelectorExpr::sel, and a few
//     per-statement fields documented below.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/source.h"
#include "frontend/token.h"

#include "llvm/Support/Casting.h"

#include <memory>
#include <string>
#include <vector>

namespace golite {

class Type;
class Object;
class Scope;
struct Selection;
namespace constant {
class Value;
}

//===----------------------------------------------------------------------===//
// Node kinds
//===----------------------------------------------------------------------===//

enum class NodeKind : unsigned char {
  // Expressions (ExprFirst..ExprLast)
  BadExpr,
  Ident,
  Ellipsis,
  BasicLit,
  FuncLit,
  CompositeLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  TypeAssertExpr,
  CallExpr,
  StarExpr,
  UnaryExpr,
  BinaryExpr,
  KeyValueExpr,
  ArrayType,
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  // Statements (StmtFirst..StmtLast)
  BadStmt,
  DeclStmt,
  EmptyStmt,
  LabeledStmt,
  ExprStmt,
  SendStmt,
  IncDecStmt,
  AssignStmt,
  GoStmt,
  DeferStmt,
  ReturnStmt,
  BranchStmt,
  BlockStmt,
  IfStmt,
  CaseClause,
  SwitchStmt,
  TypeSwitchStmt,
  CommClause,
  SelectStmt,
  ForStmt,
  RangeStmt,
  // Specs
  ImportSpec,
  ValueSpec,
  TypeSpec,
  // Declarations
  BadDecl,
  GenDecl,
  FuncDecl,
  // Other
  Field,
  FieldList,
  File,
};

constexpr NodeKind ExprFirst = NodeKind::BadExpr;
constexpr NodeKind ExprLast = NodeKind::ChanType;
constexpr NodeKind StmtFirst = NodeKind::BadStmt;
constexpr NodeKind StmtLast = NodeKind::RangeStmt;
constexpr NodeKind SpecFirst = NodeKind::ImportSpec;
constexpr NodeKind SpecLast = NodeKind::TypeSpec;
constexpr NodeKind DeclFirst = NodeKind::BadDecl;
constexpr NodeKind DeclLast = NodeKind::FuncDecl;

class Node {
public:
  explicit Node(NodeKind k) : kind_(k) {}
  virtual ~Node() = default;
  NodeKind kind() const { return kind_; }
  /// First character of the node (go/ast's Pos()).
  virtual Pos pos() const = 0;
  /// Position immediately after the node (go/ast's End()).
  virtual Pos end() const = 0;

private:
  NodeKind kind_;
};

#define GOLITE_CLASSOF(K)                                                      \
  static bool classof(const Node *n) { return n->kind() == NodeKind::K; }

//===----------------------------------------------------------------------===//
// Type-checker annotations
//===----------------------------------------------------------------------===//

/// The addressing mode of an expression, as in go/types' operand modes.
enum class Mode : unsigned char {
  Invalid,  // checking failed
  NoValue,  // call of a function with no results
  Builtin,  // a built-in function name (len, append, ...)
  TypeExpr, // the expression denotes a type
  Constant, // a constant; tv.value is set
  Variable, // addressable
  MapIndex, // m[k]: assignable but not addressable
  Value,    // a computed value
  CommaOk,  // value that may be used in a v, ok context (map index, type
            // assertion, channel receive)
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  Type *type = nullptr; // for untyped constants, the final (defaulted or
                        // converted) type after checking completes
  const constant::Value *value = nullptr; // when mode == Constant
  bool isValid() const { return mode != Mode::Invalid; }
  bool isType() const { return mode == Mode::TypeExpr; }
  bool isConstant() const { return mode == Mode::Constant; }
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

class Expr : public Node {
public:
  using Node::Node;
  static bool classof(const Node *n) {
    return n->kind() >= ExprFirst && n->kind() <= ExprLast;
  }
  TypeAndValue tv; // filled in by the checker
};

class BadExpr : public Expr {
public:
  BadExpr(Pos from, Pos to) : Expr(NodeKind::BadExpr), from(from), to(to) {}
  GOLITE_CLASSOF(BadExpr)
  Pos pos() const override { return from; }
  Pos end() const override { return to; }
  Pos from, to;
};

class Ident : public Expr {
public:
  Ident(Pos p, std::string name)
      : Expr(NodeKind::Ident), namePos(p), name(std::move(name)) {}
  GOLITE_CLASSOF(Ident)
  Pos pos() const override { return namePos; }
  Pos end() const override { return namePos + Pos(name.size()); }
  bool isBlank() const { return name == "_"; }
  Pos namePos;
  std::string name;
  Object *obj = nullptr; // checker: object defined or used here (nil for _
                         // in some positions, package names in selectors)
};

/// "..." in a parameter list or array type [...]T.
class Ellipsis : public Expr {
public:
  Ellipsis(Pos p, Expr *elt) : Expr(NodeKind::Ellipsis), ellipsis(p), elt(elt) {}
  GOLITE_CLASSOF(Ellipsis)
  Pos pos() const override { return ellipsis; }
  Pos end() const override { return elt ? elt->end() : ellipsis + 3; }
  Pos ellipsis;
  Expr *elt; // may be null
};

class BasicLit : public Expr {
public:
  BasicLit(Pos p, Tok k, std::string v)
      : Expr(NodeKind::BasicLit), valuePos(p), litKind(k), value(std::move(v)) {}
  GOLITE_CLASSOF(BasicLit)
  Pos pos() const override { return valuePos; }
  Pos end() const override { return valuePos + Pos(value.size()); }
  Pos valuePos;
  Tok litKind;       // Int, Float, Imag, Char or String
  std::string value; // source text, e.g. "0x1_F", "'\\n'", "`raw`"
  bool bad = false;  // lexical error, already reported: the checker must
                     // treat the literal as invalid without a new message
};

class FieldList;
class BlockStmt;
class FuncType;

class FuncLit : public Expr {
public:
  FuncLit(FuncType *type, BlockStmt *body)
      : Expr(NodeKind::FuncLit), type(type), body(body) {}
  GOLITE_CLASSOF(FuncLit)
  Pos pos() const override;
  Pos end() const override;
  FuncType *type;
  BlockStmt *body;
  // checker: variables of enclosing functions used in the body, in order of
  // first use. Lowering captures these by reference.
  std::vector<Object *> captures;
};

class CompositeLit : public Expr {
public:
  CompositeLit(Expr *type, Pos lbrace, std::vector<Expr *> elts, Pos rbrace)
      : Expr(NodeKind::CompositeLit), type(type), lbrace(lbrace),
        elts(std::move(elts)), rbrace(rbrace) {}
  GOLITE_CLASSOF(CompositeLit)
  Pos pos() const override { return type ? type->pos() : lbrace; }
  Pos end() const override { return rbrace + 1; }
  Expr *type; // may be null for elided types in nested literals
  Pos lbrace;
  std::vector<Expr *> elts;
  Pos rbrace;
};

class ParenExpr : public Expr {
public:
  ParenExpr(Pos l, Expr *x, Pos r)
      : Expr(NodeKind::ParenExpr), lparen(l), x(x), rparen(r) {}
  GOLITE_CLASSOF(ParenExpr)
  Pos pos() const override { return lparen; }
  Pos end() const override { return rparen + 1; }
  Pos lparen;
  Expr *x;
  Pos rparen;
};

class SelectorExpr : public Expr {
public:
  SelectorExpr(Expr *x, Ident *sel) : Expr(NodeKind::SelectorExpr), x(x), sel(sel) {}
  GOLITE_CLASSOF(SelectorExpr)
  Pos pos() const override { return x->pos(); }
  Pos end() const override { return sel->end(); }
  Expr *x;
  Ident *sel;
  // checker: how the selector resolves; null for qualified identifiers
  // (pkg.Name), in which case sel->obj is the package-level object.
  Selection *selection = nullptr;
};

class IndexExpr : public Expr {
public:
  IndexExpr(Expr *x, Pos l, Expr *index, Pos r)
      : Expr(NodeKind::IndexExpr), x(x), lbrack(l), index(index), rbrack(r) {}
  GOLITE_CLASSOF(IndexExpr)
  Pos pos() const override { return x->pos(); }
  Pos end() const override { return rbrack + 1; }
  Expr *x;
  Pos lbrack;
  Expr *index;
  Pos rbrack;
};

class SliceExpr : public Expr {
public:
  SliceExpr(Expr *x, Pos l, Expr *low, Expr *high, Expr *max, bool slice3, Pos r)
      : Expr(NodeKind::SliceExpr), x(x), lbrack(l), low(low), high(high),
        max(max), slice3(slice3), rbrack(r) {}
  GOLITE_CLASSOF(SliceExpr)
  Pos pos() const override { return x->pos(); }
  Pos end() const override { return rbrack + 1; }
  Expr *x;
  Pos lbrack;
  Expr *low, *high, *max; // each may be null
  bool slice3;
  Pos rbrack;
};

class TypeAssertExpr : public Expr {
public:
  TypeAssertExpr(Expr *x, Pos l, Expr *type, Pos r)
      : Expr(NodeKind::TypeAssertExpr), x(x), lparen(l), type(type), rparen(r) {}
  GOLITE_CLASSOF(TypeAssertExpr)
  Pos pos() const override { return x->pos(); }
  Pos end() const override { return rparen + 1; }
  Expr *x;
  Pos lparen;
  Expr *type; // null means x.(type) in a type switch
  Pos rparen;
};

class CallExpr : public Expr {
public:
  CallExpr(Expr *fun, Pos l, std::vector<Expr *> args, Pos ellipsis, Pos r)
      : Expr(NodeKind::CallExpr), fun(fun), lparen(l), args(std::move(args)),
        ellipsis(ellipsis), rparen(r) {}
  GOLITE_CLASSOF(CallExpr)
  Pos pos() const override { return fun->pos(); }
  Pos end() const override { return rparen + 1; }
  Expr *fun;
  Pos lparen;
  std::vector<Expr *> args;
  Pos ellipsis; // position of "..." (NoPos if none)
  Pos rparen;
  bool hasEllipsis() const { return ellipsis != NoPos; }
};

/// *x: pointer type or dereference.
class StarExpr : public Expr {
public:
  StarExpr(Pos star, Expr *x) : Expr(NodeKind::StarExpr), star(star), x(x) {}
  GOLITE_CLASSOF(StarExpr)
  Pos pos() const override { return star; }
  Pos end() const override { return x->end(); }
  Pos star;
  Expr *x;
};

class UnaryExpr : public Expr {
public:
  UnaryExpr(Pos p, Tok op, Expr *x) : Expr(NodeKind::UnaryExpr), opPos(p), op(op), x(x) {}
  GOLITE_CLASSOF(UnaryExpr)
  Pos pos() const override { return opPos; }
  Pos end() const override { return x->end(); }
  Pos opPos;
  Tok op; // Add Sub Not Xor And(&x) Arrow(<-x)
  Expr *x;
};

class BinaryExpr : public Expr {
public:
  BinaryExpr(Expr *x, Pos p, Tok op, Expr *y)
      : Expr(NodeKind::BinaryExpr), x(x), opPos(p), op(op), y(y) {}
  GOLITE_CLASSOF(BinaryExpr)
  Pos pos() const override { return x->pos(); }
  Pos end() const override { return y->end(); }
  Expr *x;
  Pos opPos;
  Tok op;
  Expr *y;
};

class KeyValueExpr : public Expr {
public:
  KeyValueExpr(Expr *k, Pos colon, Expr *v)
      : Expr(NodeKind::KeyValueExpr), key(k), colon(colon), value(v) {}
  GOLITE_CLASSOF(KeyValueExpr)
  Pos pos() const override { return key->pos(); }
  Pos end() const override { return value->end(); }
  Expr *key;
  Pos colon;
  Expr *value;
};

class ArrayType : public Expr {
public:
  ArrayType(Pos l, Expr *len, Expr *elt)
      : Expr(NodeKind::ArrayType), lbrack(l), len(len), elt(elt) {}
  GOLITE_CLASSOF(ArrayType)
  Pos pos() const override { return lbrack; }
  Pos end() const override { return elt->end(); }
  Pos lbrack;
  Expr *len; // null for slice types; Ellipsis for [...]T
  Expr *elt;
};

class StructType : public Expr {
public:
  StructType(Pos p, FieldList *fields)
      : Expr(NodeKind::StructType), structPos(p), fields(fields) {}
  GOLITE_CLASSOF(StructType)
  Pos pos() const override { return structPos; }
  Pos end() const override;
  Pos structPos;
  FieldList *fields;
};

class FuncType : public Expr {
public:
  FuncType(Pos p, FieldList *params, FieldList *results)
      : Expr(NodeKind::FuncType), funcPos(p), params(params), results(results) {}
  GOLITE_CLASSOF(FuncType)
  Pos pos() const override;
  Pos end() const override;
  Pos funcPos;         // NoPos when the "func" keyword is absent (methods)
  FieldList *params;   // never null
  FieldList *results;  // may be null
  FieldList *typeParams = nullptr; // parsed only to diagnose generics
};

class InterfaceType : public Expr {
public:
  InterfaceType(Pos p, FieldList *methods)
      : Expr(NodeKind::InterfaceType), interfacePos(p), methods(methods) {}
  GOLITE_CLASSOF(InterfaceType)
  Pos pos() const override { return interfacePos; }
  Pos end() const override;
  Pos interfacePos;
  FieldList *methods; // methods (names + FuncType) and embedded types (no names)
};

class MapType : public Expr {
public:
  MapType(Pos p, Expr *k, Expr *v) : Expr(NodeKind::MapType), mapPos(p), key(k), value(v) {}
  GOLITE_CLASSOF(MapType)
  Pos pos() const override { return mapPos; }
  Pos end() const override { return value->end(); }
  Pos mapPos;
  Expr *key;
  Expr *value;
};

enum ChanDir : unsigned char { ChanSend = 1, ChanRecv = 2, ChanBoth = 3 };

class ChanType : public Expr {
public:
  ChanType(Pos begin, Pos arrow, ChanDir dir, Expr *value)
      : Expr(NodeKind::ChanType), begin(begin), arrow(arrow), dir(dir), value(value) {}
  GOLITE_CLASSOF(ChanType)
  Pos pos() const override { return begin; }
  Pos end() const override { return value->end(); }
  Pos begin;
  Pos arrow; // NoPos if no arrow
  ChanDir dir;
  Expr *value;
};

//===----------------------------------------------------------------------===//
// Fields
//===----------------------------------------------------------------------===//

class BasicLit;

/// A struct field, method, parameter or result.
class Field : public Node {
public:
  Field(std::vector<Ident *> names, Expr *type, BasicLit *tag)
      : Node(NodeKind::Field), names(std::move(names)), type(type), tag(tag) {}
  GOLITE_CLASSOF(Field)
  Pos pos() const override { return names.empty() ? type->pos() : names[0]->pos(); }
  Pos end() const override { return tag ? tag->end() : type->end(); }
  std::vector<Ident *> names; // empty for embedded fields / unnamed params
  Expr *type;
  BasicLit *tag; // may be null
};

class FieldList : public Node {
public:
  FieldList(Pos open, std::vector<Field *> list, Pos close)
      : Node(NodeKind::FieldList), opening(open), list(std::move(list)), closing(close) {}
  GOLITE_CLASSOF(FieldList)
  Pos pos() const override { return opening ? opening : (list.empty() ? NoPos : list[0]->pos()); }
  Pos end() const override { return closing ? closing + 1 : (list.empty() ? NoPos : list.back()->end()); }
  /// Number of parameters/fields, counting each name.
  size_t numFields() const;
  Pos opening;
  std::vector<Field *> list;
  Pos closing;
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class Stmt : public Node {
public:
  using Node::Node;
  static bool classof(const Node *n) {
    return n->kind() >= StmtFirst && n->kind() <= StmtLast;
  }
};

class BadStmt : public Stmt {
public:
  BadStmt(Pos from, Pos to) : Stmt(NodeKind::BadStmt), from(from), to(to) {}
  GOLITE_CLASSOF(BadStmt)
  Pos pos() const override { return from; }
  Pos end() const override { return to; }
  Pos from, to;
};

class Decl;

class DeclStmt : public Stmt {
public:
  explicit DeclStmt(Decl *d) : Stmt(NodeKind::DeclStmt), decl(d) {}
  GOLITE_CLASSOF(DeclStmt)
  Pos pos() const override;
  Pos end() const override;
  Decl *decl; // a GenDecl (const, type or var)
};

class EmptyStmt : public Stmt {
public:
  EmptyStmt(Pos p, bool implicit) : Stmt(NodeKind::EmptyStmt), semicolon(p), implicit(implicit) {}
  GOLITE_CLASSOF(EmptyStmt)
  Pos pos() const override { return semicolon; }
  Pos end() const override { return implicit ? semicolon : semicolon + 1; }
  Pos semicolon;
  bool implicit;
};

class LabeledStmt : public Stmt {
public:
  LabeledStmt(Ident *l, Pos colon, Stmt *s)
      : Stmt(NodeKind::LabeledStmt), label(l), colon(colon), stmt(s) {}
  GOLITE_CLASSOF(LabeledStmt)
  Pos pos() const override { return label->pos(); }
  Pos end() const override { return stmt->end(); }
  Ident *label;
  Pos colon;
  Stmt *stmt;
};

class ExprStmt : public Stmt {
public:
  explicit ExprStmt(Expr *x) : Stmt(NodeKind::ExprStmt), x(x) {}
  GOLITE_CLASSOF(ExprStmt)
  Pos pos() const override { return x->pos(); }
  Pos end() const override { return x->end(); }
  Expr *x;
};

class SendStmt : public Stmt {
public:
  SendStmt(Expr *ch, Pos arrow, Expr *v) : Stmt(NodeKind::SendStmt), chan(ch), arrow(arrow), value(v) {}
  GOLITE_CLASSOF(SendStmt)
  Pos pos() const override { return chan->pos(); }
  Pos end() const override { return value->end(); }
  Expr *chan;
  Pos arrow;
  Expr *value;
};

class IncDecStmt : public Stmt {
public:
  IncDecStmt(Expr *x, Pos p, Tok t) : Stmt(NodeKind::IncDecStmt), x(x), tokPos(p), tok(t) {}
  GOLITE_CLASSOF(IncDecStmt)
  Pos pos() const override { return x->pos(); }
  Pos end() const override { return tokPos + 2; }
  Expr *x;
  Pos tokPos;
  Tok tok; // Inc or Dec
};

class AssignStmt : public Stmt {
public:
  AssignStmt(std::vector<Expr *> lhs, Pos p, Tok t, std::vector<Expr *> rhs)
      : Stmt(NodeKind::AssignStmt), lhs(std::move(lhs)), tokPos(p), tok(t), rhs(std::move(rhs)) {}
  GOLITE_CLASSOF(AssignStmt)
  Pos pos() const override { return lhs[0]->pos(); }
  Pos end() const override { return rhs.back()->end(); }
  std::vector<Expr *> lhs;
  Pos tokPos;
  Tok tok; // Assign, Define, or an op-assign
  std::vector<Expr *> rhs;
  // checker, for Define: which lhs identifiers declare new variables
  std::vector<bool> isNew;
};

class GoStmt : public Stmt {
public:
  GoStmt(Pos p, CallExpr *c) : Stmt(NodeKind::GoStmt), goPos(p), call(c) {}
  GOLITE_CLASSOF(GoStmt)
  Pos pos() const override { return goPos; }
  Pos end() const override { return call->end(); }
  Pos goPos;
  CallExpr *call;
};

class DeferStmt : public Stmt {
public:
  DeferStmt(Pos p, CallExpr *c) : Stmt(NodeKind::DeferStmt), deferPos(p), call(c) {}
  GOLITE_CLASSOF(DeferStmt)
  Pos pos() const override { return deferPos; }
  Pos end() const override { return call->end(); }
  Pos deferPos;
  CallExpr *call;
};

class ReturnStmt : public Stmt {
public:
  ReturnStmt(Pos p, std::vector<Expr *> r) : Stmt(NodeKind::ReturnStmt), returnPos(p), results(std::move(r)) {}
  GOLITE_CLASSOF(ReturnStmt)
  Pos pos() const override { return returnPos; }
  Pos end() const override { return results.empty() ? returnPos + 6 : results.back()->end(); }
  Pos returnPos;
  std::vector<Expr *> results;
};

class BranchStmt : public Stmt {
public:
  BranchStmt(Pos p, Tok t, Ident *l) : Stmt(NodeKind::BranchStmt), tokPos(p), tok(t), label(l) {}
  GOLITE_CLASSOF(BranchStmt)
  Pos pos() const override { return tokPos; }
  Pos end() const override { return label ? label->end() : tokPos + Pos(tokString(tok).size()); }
  Pos tokPos;
  Tok tok; // Break, Continue, Goto, Fallthrough
  Ident *label; // may be null
  // checker: the statement this break/continue refers to (a For, Range,
  // Switch, TypeSwitch or Select statement), or for goto the LabeledStmt.
  Stmt *target = nullptr;
};

class BlockStmt : public Stmt {
public:
  BlockStmt(Pos l, std::vector<Stmt *> list, Pos r)
      : Stmt(NodeKind::BlockStmt), lbrace(l), list(std::move(list)), rbrace(r) {}
  GOLITE_CLASSOF(BlockStmt)
  Pos pos() const override { return lbrace; }
  Pos end() const override { return rbrace + 1; }
  Pos lbrace;
  std::vector<Stmt *> list;
  Pos rbrace;
};

class IfStmt : public Stmt {
public:
  IfStmt(Pos p, Stmt *init, Expr *cond, BlockStmt *body, Stmt *els)
      : Stmt(NodeKind::IfStmt), ifPos(p), init(init), cond(cond), body(body), els(els) {}
  GOLITE_CLASSOF(IfStmt)
  Pos pos() const override { return ifPos; }
  Pos end() const override { return els ? els->end() : body->end(); }
  Pos ifPos;
  Stmt *init; // may be null
  Expr *cond;
  BlockStmt *body;
  Stmt *els; // null, IfStmt or BlockStmt
};

/// A case of an expression or type switch.
class CaseClause : public Stmt {
public:
  CaseClause(Pos p, std::vector<Expr *> list, Pos colon, std::vector<Stmt *> body)
      : Stmt(NodeKind::CaseClause), casePos(p), list(std::move(list)), colon(colon), body(std::move(body)) {}
  GOLITE_CLASSOF(CaseClause)
  Pos pos() const override { return casePos; }
  Pos end() const override { return body.empty() ? colon + 1 : body.back()->end(); }
  bool isDefault() const { return list.empty(); }
  Pos casePos;
  std::vector<Expr *> list; // empty for default
  Pos colon;
  std::vector<Stmt *> body;
  // checker, type switches with a symbol (switch x := y.(type)): the
  // implicit variable of this clause.
  Object *implicitObj = nullptr;
};

class SwitchStmt : public Stmt {
public:
  SwitchStmt(Pos p, Stmt *init, Expr *tag, BlockStmt *body)
      : Stmt(NodeKind::SwitchStmt), switchPos(p), init(init), tag(tag), body(body) {}
  GOLITE_CLASSOF(SwitchStmt)
  Pos pos() const override { return switchPos; }
  Pos end() const override { return body->end(); }
  Pos switchPos;
  Stmt *init; // may be null
  Expr *tag;  // may be null (switch true)
  BlockStmt *body; // CaseClauses only
};

class TypeSwitchStmt : public Stmt {
public:
  TypeSwitchStmt(Pos p, Stmt *init, Stmt *assign, BlockStmt *body)
      : Stmt(NodeKind::TypeSwitchStmt), switchPos(p), init(init), assign(assign), body(body) {}
  GOLITE_CLASSOF(TypeSwitchStmt)
  Pos pos() const override { return switchPos; }
  Pos end() const override { return body->end(); }
  Pos switchPos;
  Stmt *init;   // may be null
  Stmt *assign; // x := y.(type) (AssignStmt) or y.(type) (ExprStmt)
  BlockStmt *body; // CaseClauses only
};

/// A case of a select statement.
class CommClause : public Stmt {
public:
  CommClause(Pos p, Stmt *comm, Pos colon, std::vector<Stmt *> body)
      : Stmt(NodeKind::CommClause), casePos(p), comm(comm), colon(colon), body(std::move(body)) {}
  GOLITE_CLASSOF(CommClause)
  Pos pos() const override { return casePos; }
  Pos end() const override { return body.empty() ? colon + 1 : body.back()->end(); }
  Pos casePos;
  Stmt *comm; // SendStmt, ExprStmt(<-c), AssignStmt(x[, ok] =/:= <-c); null = default
  Pos colon;
  std::vector<Stmt *> body;
};

class SelectStmt : public Stmt {
public:
  SelectStmt(Pos p, BlockStmt *body) : Stmt(NodeKind::SelectStmt), selectPos(p), body(body) {}
  GOLITE_CLASSOF(SelectStmt)
  Pos pos() const override { return selectPos; }
  Pos end() const override { return body->end(); }
  Pos selectPos;
  BlockStmt *body; // CommClauses only
};

class ForStmt : public Stmt {
public:
  ForStmt(Pos p, Stmt *init, Expr *cond, Stmt *post, BlockStmt *body)
      : Stmt(NodeKind::ForStmt), forPos(p), init(init), cond(cond), post(post), body(body) {}
  GOLITE_CLASSOF(ForStmt)
  Pos pos() const override { return forPos; }
  Pos end() const override { return body->end(); }
  Pos forPos;
  Stmt *init; // may be null
  Expr *cond; // may be null
  Stmt *post; // may be null
  BlockStmt *body;
};

class RangeStmt : public Stmt {
public:
  RangeStmt(Pos p, Expr *key, Expr *value, Pos tokPos, Tok tok, Expr *x, BlockStmt *body)
      : Stmt(NodeKind::RangeStmt), forPos(p), key(key), value(value), tokPos(tokPos), tok(tok), x(x), body(body) {}
  GOLITE_CLASSOF(RangeStmt)
  Pos pos() const override { return forPos; }
  Pos end() const override { return body->end(); }
  Pos forPos;
  Expr *key, *value; // may be null
  Pos tokPos;
  Tok tok; // Illegal if key == nullptr, else Assign or Define
  Expr *x;
  BlockStmt *body;
};

//===----------------------------------------------------------------------===//
// Specs and declarations
//===----------------------------------------------------------------------===//

class Spec : public Node {
public:
  using Node::Node;
  static bool classof(const Node *n) {
    return n->kind() >= SpecFirst && n->kind() <= SpecLast;
  }
};

class ImportSpec : public Spec {
public:
  ImportSpec(Ident *name, BasicLit *path) : Spec(NodeKind::ImportSpec), name(name), path(path) {}
  GOLITE_CLASSOF(ImportSpec)
  Pos pos() const override { return name ? name->pos() : path->pos(); }
  Pos end() const override { return path->end(); }
  Ident *name; // local name, ".", "_" or null
  BasicLit *path;
};

class ValueSpec : public Spec {
public:
  ValueSpec(std::vector<Ident *> names, Expr *type, std::vector<Expr *> values)
      : Spec(NodeKind::ValueSpec), names(std::move(names)), type(type), values(std::move(values)) {}
  GOLITE_CLASSOF(ValueSpec)
  Pos pos() const override { return names[0]->pos(); }
  Pos end() const override;
  std::vector<Ident *> names;
  Expr *type; // may be null
  std::vector<Expr *> values;
  int iota = 0; // index of the spec within its const group
  // For const specs with no values: the parser leaves values empty; the
  // checker repeats the previous spec's expressions (go/types behaviour).
};

class TypeSpec : public Spec {
public:
  TypeSpec(Ident *name, Pos assign, Expr *type)
      : Spec(NodeKind::TypeSpec), name(name), assign(assign), type(type) {}
  GOLITE_CLASSOF(TypeSpec)
  Pos pos() const override { return name->pos(); }
  Pos end() const override { return type->end(); }
  Ident *name;
  Pos assign; // position of '=' for aliases, else NoPos
  Expr *type;
  FieldList *typeParams = nullptr; // parsed only to diagnose generics
  bool isAlias() const { return assign != NoPos; }
};

class Decl : public Node {
public:
  using Node::Node;
  static bool classof(const Node *n) {
    return n->kind() >= DeclFirst && n->kind() <= DeclLast;
  }
};

class BadDecl : public Decl {
public:
  BadDecl(Pos from, Pos to) : Decl(NodeKind::BadDecl), from(from), to(to) {}
  GOLITE_CLASSOF(BadDecl)
  Pos pos() const override { return from; }
  Pos end() const override { return to; }
  Pos from, to;
};

class GenDecl : public Decl {
public:
  GenDecl(Pos p, Tok t, Pos l, std::vector<Spec *> specs, Pos r)
      : Decl(NodeKind::GenDecl), tokPos(p), tok(t), lparen(l), specs(std::move(specs)), rparen(r) {}
  GOLITE_CLASSOF(GenDecl)
  Pos pos() const override { return tokPos; }
  Pos end() const override { return rparen ? rparen + 1 : specs.back()->end(); }
  Pos tokPos;
  Tok tok; // Import, Const, Type, Var
  Pos lparen; // NoPos if not grouped
  std::vector<Spec *> specs;
  Pos rparen;
};

class FuncDecl : public Decl {
public:
  FuncDecl(FieldList *recv, Ident *name, FuncType *type, BlockStmt *body)
      : Decl(NodeKind::FuncDecl), recv(recv), name(name), type(type), body(body) {}
  GOLITE_CLASSOF(FuncDecl)
  Pos pos() const override { return type->pos(); }
  Pos end() const override { return body ? body->end() : type->end(); }
  FieldList *recv; // null for functions
  Ident *name;
  FuncType *type;  // funcPos is the position of "func"
  BlockStmt *body; // null for external (assembly/runtime-provided) functions
};

/// One source file.
class File : public Node {
public:
  File() : Node(NodeKind::File) {}
  GOLITE_CLASSOF(File)
  Pos pos() const override { return packagePos; }
  Pos end() const override { return fileEnd; }
  const SourceFile *source = nullptr;
  Pos packagePos = NoPos;
  Ident *name = nullptr; // package name
  std::vector<Decl *> decls;
  std::vector<ImportSpec *> imports; // all imports, in order
  Pos fileEnd = NoPos;
  /// Directives the compiler honours: "//go:noinline", "//go:linkname x y",
  /// "//go:nosplit", "//golite:extern" recorded with the position of the
  /// declaration that follows them.
  struct Pragma {
    Pos pos;
    std::string text;
  };
  std::vector<Pragma> pragmas;
};

#undef GOLITE_CLASSOF

//===----------------------------------------------------------------------===//
// Arena
//===----------------------------------------------------------------------===//

/// Owns every AST node of a compilation.
class AstContext {
public:
  template <typename T, typename... Args> T *make(Args &&...args) {
    auto n = std::make_unique<T>(std::forward<Args>(args)...);
    T *p = n.get();
    nodes_.push_back(std::move(n));
    return p;
  }

private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

} // namespace golite
