//===- codegen/cg.h - Internal interface of the IR emitter -----*- C++ -*-===//
//
// This file declares CodeGen, the state shared by the files of codegen/.
// Each language construct is emitted by its own file (TinyGo style):
//   func.cpp      module driver, function bodies, parameters, returns, init
//   stmt.cpp      statements (if/for/range/switch/assign/branch/...)
//   expr.cpp      expressions, operators, constants, conversions
//   call.cpp      calls (direct, method, interface, func value) + builtins
//   defer.cpp     defer/recover, landing pads, frame tokens
//   closure.cpp   function literals, func values, method values/exprs
//   iface.cpp     interface conversions, assertions, type switches, equality
//   map.cpp, slice.cpp, string.cpp   the runtime-backed data structures
//   types.cpp     Go type -> LLVM type, layout facts
//   typedesc.cpp  type descriptors, itabs, method tables, type strings
//   runtime_decls.cpp  declarations of runtime/runtime.def
//   target.cpp, emit.cpp  target machines, pass pipeline, object emission
//
// Values: every Go value is an LLVM first-class value of type llt(T) (bool is
// i1, strings {ptr,i64}, slices {ptr,i64,i64}, interfaces {ptr,ptr}, structs
// and arrays as LLVM aggregates). Addressable operands are handled through
// addresses (emitAddr) so large aggregates are rarely copied.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "codegen/codegen.h"
#include "lowering/lowering.h"

#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace golite::cg {

Expr *unparen(Expr *e);

/// The storage an assignment writes to.
struct LValue {
  enum Kind { Blank, Addr, MapEntry } kind = Blank;
  llvm::Value *addr = nullptr;           // Addr
  llvm::Value *map = nullptr;            // MapEntry: the map pointer
  llvm::Value *key = nullptr;            // MapEntry: key value (key type)
  Type *mapType = nullptr;               // MapEntry
  Type *type = nullptr;                  // Go type of the stored value
};

struct BranchTargets {
  llvm::BasicBlock *brk = nullptr, *cont = nullptr;
};

/// A function body waiting to be emitted.
struct PendingFn {
  llvm::Function *fn = nullptr;
  Node *node = nullptr;       // FuncDecl or FuncLit
  Signature *sig = nullptr;
  BlockStmt *body = nullptr;
  FieldList *recv = nullptr;  // receiver field list (methods)
  FuncType *ftype = nullptr;
  std::vector<Var *> captures; // function literals
  std::string name;
};

/// Per-function emission state.
struct FnState {
  llvm::Function *fn = nullptr;
  Node *node = nullptr;
  Signature *sig = nullptr;
  std::string name;
  int litCounter = 0;
  llvm::Value *ctx = nullptr;
  llvm::Instruction *allocaPt = nullptr; // allocas go before this
  std::map<const Var *, llvm::Value *> vars; // address of each variable
  std::vector<llvm::Value *> resultSlots;
  std::map<const Stmt *, BranchTargets> targets;
  std::map<const Stmt *, llvm::BasicBlock *> labels;
  llvm::BasicBlock *fallthrough = nullptr;
  bool hasDefer = false;
  llvm::Value *frame = nullptr;
  llvm::BasicBlock *lpad = nullptr;
  // Fallbacks when the checker did not set BranchStmt::target.
  std::vector<const Stmt *> breakables, loops;
  // DWARF (debuginfo.cpp): the function's subprogram, the argument number
  // of the parameter being bound (0: a local), variables already described.
  llvm::DISubprogram *sp = nullptr;
  unsigned argNo = 0;
  std::set<const Var *> described;
  // Evaluation order (order.cpp): whether an evaluation root (statement or
  // stand-alone expression) is being emitted, and the calls and receives
  // it has already emitted, by expression.
  bool inRoot = false;
  std::map<const Expr *, llvm::Value *> hoisted;
};

class CodeGen {
public:
  CodeGen(llvm::LLVMContext &C, TypeContext &tctx, const CodegenOptions &opts);
  /// `own` null: the whole program in one module; else the module of
  /// package `own` alone (generatePackageModule).
  std::unique_ptr<llvm::Module> run(const std::vector<Package *> &pkgs, Package *own = nullptr);

  // ---- shared state
  llvm::LLVMContext &C;
  TypeContext &tctx;
  const CodegenOptions &opts;
  std::unique_ptr<llvm::Module> mod;
  llvm::Module *M = nullptr;
  llvm::IRBuilder<> b;
  lowering::Analysis an;
  FnState *fs = nullptr;
  std::vector<PendingFn> pending;
  std::map<const Func *, llvm::Function *> funcs;
  std::map<const Var *, llvm::GlobalVariable *> globals;
  std::map<const FuncLit *, std::string> litNames;
  std::map<const Func *, std::string> initNames;
  std::map<const Node *, Func *> declFuncs; // FuncDecl -> Func
  Package *curPkg = nullptr;
  /// Separate compilation: the package this module defines (null: every
  /// package, whole-program mode).
  Package *ownPkg = nullptr;
  /// Whether this module defines the functions and variables of `p`.
  bool owns(const Package *p) const {
    return !ownPkg || p == ownPkg || (!p && ownPkg->path == "main");
  }
  /// Whether definitions may be internal: nothing outside this module
  /// refers to them (whole program, or the main package's module).
  bool internalDefs() const { return !ownPkg || ownPkg->path == "main"; }
  int globLits = 0;

  // ---- types.cpp
  llvm::Type *llt(Type *t);
  llvm::StructType *stringTy();
  llvm::StructType *sliceTy();
  llvm::StructType *ifaceTy();
  llvm::PointerType *ptrTy();
  llvm::IntegerType *intTy() { return b.getInt64Ty(); }
  llvm::FunctionType *funcType(Signature *sig); // ctx, [recv], params
  llvm::Type *resultType(Signature *sig);       // void, T or {T...}
  uint64_t sizeOf(Type *t);
  uint64_t sizeOf(llvm::Type *t);
  /// Zeroes memory of LLVM type `t` (memset for big aggregates, which
  /// LLVM handles badly as first-class values).
  void storeZero(llvm::Value *addr, llvm::Type *t);
  llvm::Constant *zero(Type *t) { return llvm::Constant::getNullValue(llt(t)); }
  static Basic *basic(Type *t); // underlying Basic or null
  static bool isSigned(Type *t);
  bool isDirectIface(Type *t);
  unsigned intBits(Type *t);

  // ---- typedesc.cpp
  std::string typeString(Type *t);
  std::string typeKey(Type *t); // typeString, but unique for local types
  bool keyMode_ = false;
  llvm::Constant *typeDesc(Type *t);
  llvm::Constant *anonDesc(llvm::Type *t); // GC shape of a compiler object
  llvm::Constant *itab(Type *concrete, Type *iface);
  std::vector<Func *> sortedIMethods(Interface *it);
  int imethodIndex(Interface *it, const std::string &name);
  std::string methodKey(Func *m);
  llvm::Constant *gcBitmap(llvm::Type *t, uint64_t &ptrdata);
  struct MethodEntry {
    std::string key;
    Func *fn;
    std::vector<int> path; // embedded field path to the receiver
  };
  std::vector<MethodEntry> methodSet(Type *t);
  llvm::Function *ifaceMethodFn(Type *recvT, const MethodEntry &m);

  // ---- runtime_decls.cpp
  llvm::Function *rt(const std::string &name);
  llvm::Value *rtcall(const std::string &name, llvm::ArrayRef<llvm::Value *> args);
  /// Reports a construct codegen cannot compile yet: the build then fails
  /// (exit 1) instead of producing a wrong program.
  llvm::raw_ostream &unsupported() {
    failed = true;
    return llvm::errs();
  }
  bool failed = false;

  // ---- func.cpp
  llvm::Function *getFunc(Func *f);
  /// Whether f's declaration is preceded by the directive `//<text>`.
  bool hasPragma(Func *f, const std::string &text);
  llvm::Function *newGoFunction(const std::string &name, Signature *sig, bool withRecv);
  void emitPending(PendingFn &p);
  void emitGlobals(Package *p);
  void emitInit(const std::vector<Package *> &pkgs);
  void emitPackageInit(Package *p); // p's initializers + init funcs, inline
  void putInComdats(); // linkonce_odr definitions, each in its own comdat
  llvm::Value *varAddr(Var *v);
  llvm::Value *allocVar(Var *v); // storage for a newly declared local
  llvm::AllocaInst *tempAlloca(llvm::Type *t, const std::string &name = "");
  void emitReturn(ReturnStmt *r);
  void emitReturnValues(); // deferreturn + load results + ret
  void setFuncAttrs(llvm::Function *f);
  llvm::BasicBlock *newBlock(const std::string &name);
  void startBlock(llvm::BasicBlock *bb); // br if unterminated, then set insert
  bool terminated();

  // ---- debuginfo.cpp: DWARF when opts.debugInfo (dib non-null)
  std::unique_ptr<llvm::DIBuilder> dib;
  llvm::DICompileUnit *dcu = nullptr;
  std::map<std::string, llvm::DIFile *> difiles_;
  std::map<Type *, llvm::DIType *> ditypes_;
  void debugInit(const std::vector<Package *> &pkgs);
  void debugFinish(); // fixes stray locations, finalizes
  void debugFunction(FnState &st, Node *node);
  void debugLocation(Pos p); // current location := p in fs's function
  void debugVariable(Var *v, llvm::Value *addr, bool onHeap);
  llvm::DIFile *diFile(Pos p);
  llvm::DIType *diType(Type *t);

  // ---- stackcheck.cpp: prologue stack checks and loop preemption polls
  bool stackChecksOn();
  void emitStackCheck(); // at the end of a Go function's emission
  void emitLoopPoll();   // before a loop's back-edge

  // ---- order.cpp: calls and receives before plain operands, as gc does
  struct RootState {
    bool wasInRoot;
    size_t hoistedBefore;
  };
  bool isRealCall(CallExpr *c);
  void hoistCalls(Expr *e);    // e's calls and receives, then e if one
  void hoistChildren(Expr *e); // those strictly inside e
  bool takeHoisted(const Expr *e, llvm::Value *&v);
  RootState beginRoot();
  void endRoot(RootState st);
  /// Statement-level root: hoists the statement's operands together;
  /// false (and nothing begun) for statements that are not roots.
  bool hoistStmt(Stmt *s, RootState &st);

  // ---- stmt.cpp
  void emitStmt(Stmt *s);
  void emitStmtNode(Stmt *s); // emitStmt after the evaluation-order set-up
  void emitBlock(const std::vector<Stmt *> &list);
  void emitAssign(AssignStmt *a);
  void emitIncDec(IncDecStmt *s);
  void emitDeclStmt(DeclStmt *d);
  void emitIf(IfStmt *s);
  void emitFor(ForStmt *s, LabeledStmt *label);
  void emitRange(RangeStmt *s);
  void emitSwitch(SwitchStmt *s);
  void emitTypeSwitch(TypeSwitchStmt *s);
  void emitBranch(BranchStmt *s);
  LValue emitLValue(Expr *e);
  void store(const LValue &lv, llvm::Value *v);
  llvm::Value *loadLValue(const LValue &lv);
  void defineOrAssign(Expr *lhs, bool define, bool isNew, llvm::Value *v, Type *vt);
  llvm::BasicBlock *labelBlock(Stmt *labeled);
  /// Values of a multi-valued expression (call with several results, or a
  /// comma-ok form when n == 2) with their types.
  std::vector<llvm::Value *> emitMulti(Expr *e, size_t n, std::vector<Type *> &types);

  // ---- expr.cpp
  llvm::Value *emitExpr(Expr *e);
  llvm::Value *emitExprTo(Expr *e, Type *target); // with implicit conversion
  /// Large addressable aggregates are copied memory to memory.
  bool isBigAddressable(Expr *e);
  bool copyBig(llvm::Value *dst, Expr *src);
  llvm::Value *convertImplicit(llvm::Value *v, Type *from, Type *to);
  llvm::Value *emitAddr(Expr *e);
  llvm::Value *emitConst(const constant::Value *v, Type *t);
  llvm::Value *emitBinary(BinaryExpr *e);
  llvm::Value *emitBinOp(Tok op, llvm::Value *x, llvm::Value *y, Type *t, Type *yt,
                         bool yConst = false);
  llvm::Value *emitCompare(Tok op, llvm::Value *x, llvm::Value *y, Type *t);
  llvm::Value *emitEqual(llvm::Value *x, llvm::Value *y, Type *t);
  llvm::Value *emitUnary(UnaryExpr *e);
  llvm::Value *emitConversion(llvm::Value *v, Type *from, Type *to);
  llvm::Value *emitSelector(SelectorExpr *e);
  llvm::Value *emitIndex(IndexExpr *e);
  llvm::Value *emitCompositeLit(CompositeLit *e);
  void fillCompositeLit(llvm::Value *addr, CompositeLit *e, Type *t);
  /// The value of a composite literal whose elements are all constants, or
  /// null; constArray: the elements of an array or slice literal, n long.
  llvm::Constant *constLit(CompositeLit *e, Type *t);
  llvm::Constant *constArray(CompositeLit *e, Type *elem, int64_t n);
  llvm::Constant *constElem(Expr *x, Type *t);
  void storeConstant(llvm::Value *addr, llvm::Constant *k); // memcpy if big
  /// The elements a slice literal has (its highest index + 1).
  int64_t sliceLitLen(CompositeLit *e);
  /// A package variable's initializer as static data, or null if it must
  /// run in __golite_init (codegen/staticinit.cpp).
  llvm::Constant *staticValue(Expr *x, Type *t);
  llvm::Value *nilCheck(llvm::Value *p);
  void boundsCheck(llvm::Value *idx, llvm::Value *len, Type *idxType);
  void panicIf(llvm::Value *cond, const std::function<void()> &emitPanic);
  llvm::Value *fieldPathAddr(llvm::Value *addr, Type *&t, llvm::ArrayRef<int> path);
  llvm::Value *fieldPathValue(llvm::Value *v, Type *&t, llvm::ArrayRef<int> path);
  llvm::Value *toInt64(llvm::Value *v, Type *t);
  llvm::Value *floatToInt(llvm::Value *v, Type *to);
  llvm::Value *heapAlloc(Type *t);
  llvm::Value *heapAlloc(llvm::Type *t);

  // ---- call.cpp
  struct CallPlan {
    llvm::FunctionType *fty = nullptr;
    llvm::Value *callee = nullptr;     // function or loaded code pointer
    llvm::Value *ctx = nullptr;        // closure context (null const if none)
    std::vector<llvm::Value *> args;   // receiver word/value first if any
    Signature *sig = nullptr;
    bool direct = false;
  };
  llvm::Value *emitCall(CallExpr *c);
  bool planCall(CallExpr *c, CallPlan &plan); // false for builtins/conversions
  std::vector<llvm::Value *> emitArgs(CallExpr *c, Signature *sig);
  llvm::Value *doCall(const CallPlan &plan);
  /// sync/atomic's operations as LLVM atomics; null for any other call.
  llvm::Value *emitAtomicOp(const CallPlan &plan);
  llvm::Value *callValue(llvm::FunctionType *fty, llvm::Value *callee,
                         llvm::ArrayRef<llvm::Value *> args);
  llvm::Value *emitBuiltin(CallExpr *c, Builtin *bi);
  void emitPrint(const std::vector<llvm::Value *> &vals, const std::vector<Type *> &types,
                 bool ln);
  Builtin *builtinOf(Expr *fun);

  // ---- defer.cpp
  void emitDefer(DeferStmt *d);
  void setupDefer();
  llvm::BasicBlock *landingPad();
  llvm::Value *emitRecover();
  llvm::Value *callClosure(CallExpr *call); // {thunk, callee, ctx, args...}

  // ---- goroutine.cpp
  void emitGo(GoStmt *g);

  // ---- channel.cpp
  llvm::Value *makeChan(Type *chanType, llvm::Value *size); // size may be null
  void emitSend(SendStmt *s);
  /// <-c; okOut (if non-null) receives the comma-ok flag (i1).
  llvm::Value *emitRecv(Expr *recvExpr, llvm::Value **okOut);
  llvm::Value *chanLenCap(llvm::Value *c, bool isCap);
  void emitRangeChan(RangeStmt *s);

  // ---- select.cpp
  void emitSelect(SelectStmt *s);

  // ---- closure.cpp
  llvm::Value *emitFuncLit(FuncLit *lit);
  llvm::Value *funcValue(Func *f);
  llvm::Value *methodValue(SelectorExpr *e);
  llvm::Value *methodExpr(SelectorExpr *e);
  /// Receiver for a call or method value x.M: the value passed as the
  /// method's receiver, or for interface methods the interface value (then
  /// `cur` is the interface type).
  llvm::Value *methodRecv(SelectorExpr *s, Type *&cur);
  llvm::Function *startHelper(const std::string &name, llvm::FunctionType *fty, FnState &st);
  void finishHelper(FnState *saved, llvm::IRBuilderBase::InsertPoint ip);
  llvm::Value *callFuncValue(llvm::Value *fv, Signature *sig, llvm::ArrayRef<llvm::Value *> args);

  // ---- iface.cpp
  llvm::Value *toIface(llvm::Value *v, Type *from, Type *to);
  llvm::Value *dynType(llvm::Value *iv, Type *it); // type desc word
  llvm::Value *emitTypeAssert(TypeAssertExpr *e, bool commaOk);
  llvm::Value *ifaceEqual(llvm::Value *x, llvm::Value *y, Type *t);
  llvm::Value *unboxValue(llvm::Value *data, Type *t);
  llvm::Value *typeMatches(llvm::Value *iv, Type *ifaceT, Type *target, llvm::Value **outItab);
  llvm::Value *ifaceMethodCallee(llvm::Value *iv, Type *ifaceT, const std::string &name,
                                 Signature *msig, llvm::FunctionType *&fty);

  // ---- string.cpp
  llvm::Constant *constString(const std::string &s);
  llvm::Value *stringConcat(std::vector<llvm::Value *> parts);
  llvm::Value *stringEqual(llvm::Value *x, llvm::Value *y);
  llvm::Value *stringCompare(Tok op, llvm::Value *x, llvm::Value *y);
  std::map<std::string, llvm::Constant *> strConsts;

  // ---- slice.cpp
  llvm::Value *emitSliceExpr(SliceExpr *e);
  llvm::Value *emitAppend(CallExpr *c);
  llvm::Value *emitCopy(llvm::Value *dst, llvm::Value *src, Type *elem);
  llvm::Value *emitMake(CallExpr *c);
  llvm::Value *makeSlice(llvm::Value *data, llvm::Value *len, llvm::Value *cap);

  // ---- map.cpp
  llvm::Value *mapLookup(llvm::Value *m, llvm::Value *key, Type *mt, llvm::Value **okOut);
  llvm::Value *mapAssignSlot(llvm::Value *m, llvm::Value *key, Type *mt);
  void mapDelete(llvm::Value *m, llvm::Value *key, Type *mt);
  llvm::Value *mapLen(llvm::Value *m);
  void emitRangeMap(RangeStmt *s, llvm::Value *m, Type *mt);

private:
  std::map<Type *, llvm::Type *> typeCache_;
  std::map<std::string, llvm::GlobalVariable *> descs_;
  std::map<std::string, llvm::Constant *> itabs_;
  std::map<std::string, llvm::Function *> wrappers_;
public:
  std::map<llvm::StructType *, llvm::Function *> deferThunks;
  friend struct DescBuilder;
};

} // namespace golite::cg
