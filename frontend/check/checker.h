//===- frontend/check/checker.h - Type checker internals -------*- C++ -*-===//
//
// This file declares the Checker shared by the files of frontend/check/.
// The structure follows go/types (and cmd/compile's types2, whose error
// wording gc prints): the resolver collects package-level objects, objDecl
// type-checks them on demand with cycle detection, function bodies are
// checked afterwards, and initorder computes the initialization order.
// Every expression kind and statement kind has its own small handler.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/check.h"
#include "frontend/constant.h"
#include "frontend/types.h"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace golite::check {

/// An operand: the result of checking an expression (go/types' operand).
struct Operand {
  Mode mode = Mode::Invalid;
  Expr *expr = nullptr;
  Type *type = nullptr;
  constant::VP val = nullptr;
  BuiltinId id = BuiltinId::Append;
  bool nilValue = false; // the predeclared nil (types2's nilvalue mode)
  bool invalid() const { return mode == Mode::Invalid; }
  bool isNil() const;
};

/// What the checker knows about a package-level object's declaration.
struct DeclInfo {
  Scope *fileScope = nullptr;
  std::vector<Var *> lhs; // var a, b = f(): all variables sharing init
  Expr *typ = nullptr;
  Expr *init = nullptr;
  int iota = 0;
  ValueSpec *vspec = nullptr;
  TypeSpec *tspec = nullptr;
  FuncDecl *fdecl = nullptr;
  std::vector<Object *> deps; // package-level objects used, in first-use order
  std::unordered_set<Object *> depSet;
  void addDep(Object *o) {
    if (depSet.insert(o).second)
      deps.push_back(o);
  }
};

enum class Color : unsigned char { White, Grey, Black };

/// Statement context flags (go/types stmtContext).
enum StmtCtx : unsigned {
  BreakOk = 1 << 0,
  ContinueOk = 1 << 1,
  FallthroughOk = 1 << 2,
  FinalSwitchCase = 1 << 3,
};

/// Per-function checking state.
struct FuncState {
  Func *func = nullptr;       // the declared function (null at package level)
  Signature *sig = nullptr;
  Scope *scope = nullptr;     // function scope (parameters)
  FuncLit *lit = nullptr;     // innermost function literal, if any
  std::vector<Stmt *> breakTargets; // innermost last
  std::vector<Stmt *> continueTargets;
};

class Checker {
public:
  Checker(TypeContext &tctx, Package *pkg, Diagnostics &diags, Importer &imp);
  bool run();

  //===--- errors (checker.cpp) ---===//
  void error(Pos pos, const std::string &msg);
  void softError(Pos pos, const std::string &msg);
  void invalidOp(Pos pos, const std::string &msg) { error(pos, "invalid operation: " + msg); }
  std::string str(Type *t) const;
  std::string str(const Operand &x) const;
  std::string str(Expr *e) const;
  std::string posString(Pos p) const;
  Pos spos(Expr *e) const;
  Pos npos(Expr *e) const;
  std::string objPath(Object *o) const;

  //===--- recording (checker.cpp) ---===//
  void record(Operand &x);
  void recordUntyped(Expr *e, bool isLhs);
  void updateExprType(Expr *e, Type *t, bool final);
  void updateExprType0(Expr *parent, Expr *e, Type *t, bool final);
  void updateExprVal(Expr *e, constant::VP v);
  void recordDef(Ident *id, Object *obj);
  void recordUse(Ident *id, Object *obj);
  void declare(Scope *s, Ident *id, Object *obj);
  Scope *newScope(Scope *parent, Pos pos, Pos end, const char *what);
  void useExprs(const std::vector<Expr *> &es);
  void useExpr(Expr *e);

  //===--- resolver.cpp ---===//
  void collectObjects();
  void collectFile(File *f, Scope *fileScope);
  void collectImport(ImportSpec *s, Scope *fileScope);
  void collectGenDecl(GenDecl *d, Scope *fileScope);
  void collectConstSpecs(GenDecl *d, Scope *fileScope);
  void collectVarSpec(ValueSpec *s, Scope *fileScope);
  void constArity(ValueSpec *s, ValueSpec *last);
  void varArity(ValueSpec *s);
  void collectTypeSpec(TypeSpec *s, Scope *fileScope);
  void collectFuncDecl(FuncDecl *d, Scope *fileScope);
  void declarePkgObj(Ident *id, Object *obj, DeclInfo *d);
  void associateMethods();
  void unusedImports();

  //===--- decl.cpp ---===//
  void packageObjects();
  void objDecl(Object *obj);
  bool validCycle(Object *obj);
  void cycleError(const std::vector<Object *> &cycle);
  void constDecl(Const *obj, Expr *typ, Expr *init, int iota);
  void varDecl(Var *obj, const std::vector<Var *> &lhs, Expr *typ, Expr *init);
  void typeDecl(TypeName *obj, TypeSpec *spec);
  void collectMethods(TypeName *obj);
  void funcDecl(Func *obj, DeclInfo *d);
  void localDecl(GenDecl *d);
  void localConstSpecs(GenDecl *d);
  void localVarSpec(ValueSpec *s);
  void localTypeSpec(TypeSpec *s);
  Type *resolveUnder(Named *n);
  bool validType(Type *t, std::vector<Named *> &path);
  void processDelayed(size_t top);
  void later(std::function<void()> f);

  //===--- typexpr.cpp ---===//
  Type *typExpr(Expr *e);
  Type *varType(Expr *e);
  Type *definedType(Expr *e, Named *def);
  Type *typInternal(Expr *e, Named *def);
  Type *identType(Ident *e);
  Type *arrayType(ArrayType *e);
  int64_t arrayLength(Expr *e);
  Type *structType(StructType *e);
  Type *mapType(MapType *e);
  Type *chanType(ChanType *e);
  Signature *funcType(FuncType *e, FieldList *recv, Scope *scope);
  Tuple *collectParams(Scope *scope, FieldList *list, bool variadicOk, bool *variadic);
  Type *interfaceType(InterfaceType *e, Named *def);
  Type *setDef(Named *def, Type *t);
  void markVarUse(Var *v);
  void checkMapKeys();

  //===--- expr.cpp ---===//
  void expr(Operand &x, Expr *e);
  void exprWithHint(Operand &x, Expr *e, Type *hint);
  void exprOrType(Operand &x, Expr *e);
  void multiExpr(std::vector<Operand> &xs, Expr *e, bool allowCommaOk);
  void rawExpr(Operand &x, Expr *e, Type *hint, bool allowGeneric);
  void exprInternal(Operand &x, Expr *e, Type *hint);
  void singleValue(Operand &x);
  void identExpr(Operand &x, Ident *e);
  void basicLit(Operand &x, BasicLit *e);
  void funcLit(Operand &x, FuncLit *e);
  void parenExpr(Operand &x, ParenExpr *e, Type *hint);
  void starExpr(Operand &x, StarExpr *e);
  void unary(Operand &x, UnaryExpr *e);
  void binary(Operand &x, Expr *e, Expr *lhs, Expr *rhs, Tok op, Pos opPos);
  void shift(Operand &x, Operand &y, Expr *e, Tok op);
  void comparison(Operand &x, Operand &y, Tok op, Expr *e);
  void typeExprOperand(Operand &x, Expr *e);
  bool opAllowed(Operand &x, Tok op, bool binaryOp);
  void matchTypes(Operand &x, Operand &y);
  void convertUntyped(Operand &x, Type *target);
  bool implicitTypeAndValue(Operand &x, Type *target, Type *&newType, constant::VP &val,
                            int &code);
  bool representable(Operand &x, Basic *t, constant::VP *rounded, int *code);
  void representableErr(Operand &x, Basic *t);
  void overflow(Operand &x, Pos opPos);
  bool isValidIndex(Operand &x, const char *what, bool allowNegative);
  int64_t indexValue(Expr *e, int64_t max, Operand *out);

  //===--- complit.cpp / index.cpp ---===//
  void compositeLit(Operand &x, CompositeLit *e, Type *hint);
  void structLit(CompositeLit *e, Struct *s, Type *base);
  int64_t indexedElts(const std::vector<Expr *> &elts, Type *elem, int64_t length);
  void mapLit(CompositeLit *e, Map *m);
  void indexExpr(Operand &x, IndexExpr *e);
  void sliceExpr(Operand &x, SliceExpr *e);
  void typeAssert(Operand &x, TypeAssertExpr *e);
  void keyValueExpr(Operand &x, KeyValueExpr *e);
  std::string missingMethodReason(Type *V, Type *T, Func *m, Func *alt);
  std::string funcString(Func *f);

  //===--- call.cpp ---===//
  void callExpr(Operand &x, CallExpr *e);
  void conversion(Operand &x, Type *T);
  bool convertibleTo(Operand &x, Type *T, std::string *cause);
  void arguments(CallExpr *call, Signature *sig, std::vector<Operand> &args,
                 const std::string &fname);
  void argsOf(std::vector<Operand> &args, const std::vector<Expr *> &exprs);
  void selector(Operand &x, SelectorExpr *e);
  bool qualifiedIdent(Operand &x, SelectorExpr *e);
  void methodExpr(Operand &x, SelectorExpr *e, Object *obj, const std::vector<int> &index,
                  bool indirect);
  void addDeclDep(Object *obj);
  std::string typesSummary(const std::vector<Type *> &ts, bool variadic);

  //===--- builtins.cpp ---===//
  bool builtin(Operand &x, CallExpr *call, BuiltinId id);

  //===--- assign.cpp ---===//
  void assignment(Operand &x, Type *T, const std::string &context);
  bool assignableTo(Operand &x, Type *T, std::string *reason);
  void initConst(Const *lhs, Operand &x);
  Type *initVar(Var *lhs, Operand &x, const std::string &context);
  Type *assignVar(Expr *lhs, Operand &x);
  Type *lhsVar(Expr *lhs);
  void initVars(const std::vector<Var *> &lhs, const std::vector<Expr *> &rhs, Pos returnPos);
  void assignVars(const std::vector<Expr *> &lhs, const std::vector<Expr *> &rhs);
  void shortVarDecl(AssignStmt *s);
  void assignError(const std::vector<Expr *> &rhs, size_t nvars, size_t nvals);
  void returnError(Pos at, const std::vector<Expr *> &rhs, const std::vector<Var *> &lhs,
                   const std::vector<Operand> *vals);

  //===--- stmt.cpp ---===//
  void funcBody(Func *f, FuncLit *lit, Signature *sig, BlockStmt *body, Scope *scope);
  void usage(Scope *s);
  void stmtList(unsigned ctx, const std::vector<Stmt *> &list);
  void stmt(unsigned ctx, Stmt *s);
  void simpleStmt(Stmt *s);
  void openScope(Node *n, const char *what);
  void closeScope();
  void exprStmt(ExprStmt *s);
  void sendStmt(SendStmt *s);
  void incDecStmt(IncDecStmt *s);
  void assignStmt(AssignStmt *s);
  void goDeferStmt(CallExpr *call, const char *what);
  void returnStmt(ReturnStmt *s);
  void branchStmt(unsigned ctx, BranchStmt *s);
  void blockStmt(unsigned ctx, BlockStmt *s);
  void ifStmt(unsigned ctx, IfStmt *s);
  void switchStmt(unsigned ctx, SwitchStmt *s);
  void caseValues(Operand &x, const std::vector<Expr *> &values,
                  std::vector<std::pair<Operand, Pos>> &seen);
  void typeSwitchStmt(unsigned ctx, TypeSwitchStmt *s);
  Type *caseTypes(Operand &x, Interface *xtyp, const std::vector<Expr *> &types,
                  std::vector<std::pair<Type *, Pos>> &seen);
  void selectStmt(unsigned ctx, SelectStmt *s);
  void forStmt(unsigned ctx, ForStmt *s);
  void rangeStmt(unsigned ctx, RangeStmt *s);
  void labeledStmt(unsigned ctx, LabeledStmt *s);
  void condition(Expr *cond, const char *what);

  //===--- labels.cpp / return.cpp ---===//
  void labels(BlockStmt *body);
  bool isTerminating(Stmt *s, const std::string &label);
  bool isTerminatingList(const std::vector<Stmt *> &list, const std::string &label);
  bool isTerminatingSwitch(BlockStmt *body, const std::string &label);
  bool hasBreak(Stmt *s, const std::string &label, bool implicit);
  bool hasBreakList(const std::vector<Stmt *> &list, const std::string &label, bool implicit);

  //===--- initorder.cpp ---===//
  void initOrder();

  // State
  TypeContext &tctx;
  Package *pkg;
  Diagnostics &diags;
  Importer &imp;

  std::unordered_map<Object *, DeclInfo *> objMap;
  std::vector<Object *> objList; // package-level objects in source order
  std::unordered_map<Object *, Color> color;
  std::vector<Object *> objPathStack;
  std::unordered_map<Object *, size_t> objPathIndex;
  std::vector<std::pair<Func *, DeclInfo *>> methodDecls; // methods, in order
  std::unordered_map<TypeName *, std::vector<Func *>> methodsByBase;
  std::vector<PkgName *> importObjs;
  std::vector<std::string> importPaths;
  std::vector<Scope *> fileScopes;
  std::set<std::string> dotImportUsed;

  // Named type resolution
  std::unordered_map<Named *, Type *> namedRhs;
  std::unordered_set<Named *> resolving;
  std::unordered_set<Named *> validVisited, invalidNamed;
  std::vector<std::pair<MapType *, Type *>> mapKeys; // delayed key checks
  std::vector<std::pair<Interface *, InterfaceType *>> ifaceChecks;

  // Environment
  DeclInfo *decl = nullptr;
  Scope *scope = nullptr;
  constant::VP iota = nullptr;
  FuncState *fs = nullptr;
  std::vector<FuncLit *> litStack;
  std::unordered_map<Var *, FuncLit *> varLit; // declaring literal of locals
  int depth = 0;                               // expression nesting
  bool inTypeSwitchGuard = false;
  bool hadError = false;
  // Functions and methods declared without a body in a package that may
  // not have external functions. gc reports "missing function body" in a
  // later phase, only when type checking found no error; so do we.
  std::vector<Pos> missingBodies;
  bool inheritedInit = false; // constDecl: init expression is inherited
  Pos errpos = NoPos; // inherited constant initializers report here
  bool hasCallOrRecv = false; // len/cap of arrays are constant only without
  std::vector<std::unique_ptr<Ident>> synthetic; // nodes made by the checker

  // Untyped expressions whose final type is not yet known (isLhs flag).
  std::unordered_map<Expr *, bool> untyped;

  // Delayed actions (function bodies and function literal bodies), run in
  // FIFO order as go/types does: literal bodies at the end of the statement
  // containing them, everything else after the package-level objects.
  std::vector<std::function<void()>> delayed;
  std::unordered_map<Func *, Scope *> funcScopes;
  std::vector<Var *> unusedCandidates;
};

} // namespace golite::check
