//===- codegen/func.cpp - Module driver and function bodies ---------------===//
//
// This file implements generateModule: it creates the module for the target,
// declares package-level variables, emits every function body (a worklist:
// bodies may discover function literals and wrappers), and defines
// __golite_init, which runs each package's variable initializers (in
// Package::initOrder) and then its init functions, packages in dependency
// order.
//
// Every Go function is `ret f(ptr ctx, [recv], params...)`; results are
// returned as one value or a struct. Locals live in allocas (mem2reg
// promotes them) unless the lowering analysis puts them in a heap cell.
// Results live in slots that return statements fill and the return path
// reads after deferreturn, so deferred closures can change named results.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"
#include "codegen/target.h"

#include "llvm/IR/Verifier.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

#include <set>

using namespace golite;
using namespace golite::cg;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

CodeGen::CodeGen(llvm::LLVMContext &C, TypeContext &tctx, const CodegenOptions &opts)
    : C(C), tctx(tctx), opts(opts), b(C) {}

void CodeGen::setFuncAttrs(llvm::Function *f) {
  f->addFnAttr("frame-pointer", "all");
  f->setUWTableKind(llvm::UWTableKind::Async);
  // Go never turns a call into a jump: runtime.Caller, runtime.Callers and
  // tracebacks list the frame of every call on the stack.
  f->addFnAttr("disable-tail-calls", "true");
  if (opts.noInline || opts.optLevel == 0) f->addFnAttr(llvm::Attribute::NoInline);
}

llvm::BasicBlock *CodeGen::newBlock(const std::string &name) {
  return llvm::BasicBlock::Create(C, name, fs ? fs->fn : nullptr);
}

bool CodeGen::terminated() {
  auto *bb = b.GetInsertBlock();
  return !bb || bb->getTerminator() != nullptr;
}

void CodeGen::startBlock(llvm::BasicBlock *bb) {
  if (!terminated()) b.CreateBr(bb);
  if (!bb->getParent()) bb->insertInto(fs->fn);
  b.SetInsertPoint(bb);
}

llvm::AllocaInst *CodeGen::tempAlloca(llvm::Type *t, const std::string &name) {
  llvm::IRBuilder<> eb(fs->allocaPt);
  return eb.CreateAlloca(t, nullptr, name);
}

llvm::Function *CodeGen::newGoFunction(const std::string &name, Signature *sig, bool) {
  auto *fn = llvm::Function::Create(funcType(sig), llvm::GlobalValue::ExternalLinkage, name, M);
  setFuncAttrs(fn);
  return fn;
}

llvm::Function *CodeGen::getFunc(Func *f) {
  if (auto it = funcs.find(f); it != funcs.end()) return it->second;
  std::string name;
  if (auto it = initNames.find(f); it != initNames.end())
    name = it->second;
  else
    name = f->fullName();
  llvm::Function *fn = M->getFunction(name);
  if (!fn) {
    fn = newGoFunction(name, f->sig(), true);
    // Defined here (a body of this module's package): internal when no
    // other module can refer to it. Other packages' functions stay
    // external declarations.
    if (f->decl && f->decl->body && name != "main.main" && owns(f->pkg) && internalDefs())
      fn->setLinkage(llvm::GlobalValue::InternalLinkage);
    if (f->decl && (an.callsRecover.count(f->decl) || hasPragma(f, "go:noinline")))
      fn->addFnAttr(llvm::Attribute::NoInline);
  }
  funcs[f] = fn;
  return fn;
}

bool CodeGen::hasPragma(Func *f, const std::string &text) {
  if (!f->decl || !f->pkg) return false;
  for (File *file : f->pkg->files)
    for (const File::Pragma &p : file->pragmas)
      if (p.pos == f->decl->pos() && p.text.rfind("//" + text, 0) == 0 &&
          (p.text.size() == text.size() + 2 || p.text[text.size() + 2] == ' '))
        return true;
  return false;
}

llvm::Value *CodeGen::heapAlloc(Type *t) {
  return rtcall("newobject", {typeDesc(t)});
}
llvm::Value *CodeGen::heapAlloc(llvm::Type *t) {
  return rtcall("newobject", {anonDesc(t)});
}

llvm::Value *CodeGen::allocVar(Var *v) {
  llvm::Value *addr;
  if (an.onHeap(v)) {
    addr = heapAlloc(v->type);
  } else {
    auto it = fs->vars.find(v);
    if (it != fs->vars.end() && isa<llvm::AllocaInst>(it->second))
      addr = it->second;
    else
      addr = tempAlloca(llt(v->type), v->name);
    storeZero(addr, llt(v->type));
  }
  fs->vars[v] = addr;
  debugVariable(v, addr, an.onHeap(v));
  return addr;
}

llvm::Value *CodeGen::varAddr(Var *v) {
  if (v->isGlobal) {
    if (auto it = globals.find(v); it != globals.end()) return it->second;
    std::string name = (v->pkg ? v->pkg->path : std::string("main")) + "." + v->name;
    if (v->name == "_") name = "_";
    // Separate compilation: this package's variables are defined (external
    // unless internalDefs()), other packages' declared; blank ones are
    // always private to their module.
    bool blank = v->name == "_";
    bool define = blank || owns(v->pkg);
    auto linkage = blank || (define && internalDefs()) ? llvm::GlobalValue::InternalLinkage
                                                        : llvm::GlobalValue::ExternalLinkage;
    auto *g = new llvm::GlobalVariable(*M, llt(v->type), false, linkage,
                                       define ? zero(v->type) : nullptr, name);
    globals[v] = g;
    return g;
  }
  auto it = fs->vars.find(v);
  if (it != fs->vars.end()) return it->second;
  // Not seen yet (e.g. declared in a construct reached out of order):
  // give it storage now.
  llvm::Value *addr = tempAlloca(llt(v->type), v->name);
  fs->vars[v] = addr;
  return addr;
}

void CodeGen::emitGlobals(Package *p) {
  if (!p->scope) return;
  for (Object *o : p->scope->objects)
    if (auto *v = dyn_cast<Var>(o)) varAddr(v);
}

void CodeGen::emitReturnValues() {
  if (fs->hasDefer) rtcall("deferreturn", {fs->frame});
  llvm::Type *rty = fs->fn->getReturnType();
  if (rty->isVoidTy()) {
    b.CreateRetVoid();
  } else if (fs->sig->results->vars.size() == 1) {
    b.CreateRet(b.CreateLoad(rty, fs->resultSlots[0]));
  } else {
    llvm::Value *agg = llvm::UndefValue::get(rty);
    for (unsigned i = 0; i < fs->resultSlots.size(); ++i)
      agg = b.CreateInsertValue(
          agg, b.CreateLoad(llt(fs->sig->results->vars[i]->type), fs->resultSlots[i]), i);
    b.CreateRet(agg);
  }
  b.SetInsertPoint(newBlock("afterret"));
}

void CodeGen::emitReturn(ReturnStmt *r) {
  auto &rvars = fs->sig->results->vars;
  if (!r->results.empty()) {
    std::vector<llvm::Value *> vals;
    if (r->results.size() == 1 && rvars.size() > 1) {
      std::vector<Type *> types;
      vals = emitMulti(r->results[0], rvars.size(), types);
      for (size_t i = 0; i < vals.size(); ++i)
        vals[i] = convertImplicit(vals[i], types[i], rvars[i]->type);
    } else {
      for (size_t i = 0; i < r->results.size(); ++i)
        vals.push_back(emitExprTo(r->results[i], rvars[i]->type));
    }
    for (size_t i = 0; i < vals.size(); ++i) b.CreateStore(vals[i], fs->resultSlots[i]);
  }
  emitReturnValues();
}

void CodeGen::emitPending(PendingFn &p) {
  FnState st;
  st.fn = p.fn;
  st.node = p.node;
  st.sig = p.sig;
  st.name = p.name;
  fs = &st;
  debugFunction(st, p.node);
  auto *entry = llvm::BasicBlock::Create(C, "entry", p.fn);
  auto *body = llvm::BasicBlock::Create(C, "body", p.fn);
  b.SetInsertPoint(entry);
  st.allocaPt = b.CreateBr(body);
  b.SetInsertPoint(body);
  st.ctx = p.fn->getArg(0);
  st.ctx->setName("ctx");

  if (an.callsRecover.count(p.node)) p.fn->addFnAttr(llvm::Attribute::NoInline);

  // Captured variables: cells stored in the closure object after the code
  // pointer.
  if (!p.captures.empty()) {
    std::vector<llvm::Type *> fields(p.captures.size() + 1, ptrTy());
    auto *cty = llvm::StructType::get(C, fields);
    for (size_t i = 0; i < p.captures.size(); ++i) {
      st.vars[p.captures[i]] =
          b.CreateLoad(ptrTy(), b.CreateStructGEP(cty, st.ctx, i + 1), p.captures[i]->name);
      debugVariable(p.captures[i], st.vars[p.captures[i]], true);
    }
  }
  unsigned argi = 1;
  auto bindParam = [&](Var *v, llvm::Value *arg) {
    if (!v || v->name.empty() || v->name == "_") return;
    arg->setName(v->name);
    st.argNo = argi - 1; // parameters count from 1 (the context is 0)
    llvm::Value *addr = allocVar(v);
    st.argNo = 0;
    b.CreateStore(arg, addr);
  };
  if (p.sig->recv) bindParam(p.sig->recv, p.fn->getArg(argi++));
  for (Var *v : p.sig->params->vars) bindParam(v, p.fn->getArg(argi++));
  for (Var *v : p.sig->results->vars) {
    llvm::Value *slot;
    if (!v->name.empty() && v->name != "_") {
      slot = allocVar(v);
    } else {
      slot = tempAlloca(llt(v->type), "result");
      storeZero(slot, llt(v->type));
    }
    st.resultSlots.push_back(slot);
  }
  // After the parameters and result slots exist: the landing pad reads them.
  if (an.hasDefer.count(p.node)) setupDefer();
  emitBlock(p.body->list);
  debugLocation(p.body->end());
  if (!terminated()) emitReturnValues();
  // Blocks left open (dead code after returns/panics) end in unreachable.
  for (auto &bb : *p.fn)
    if (!bb.getTerminator()) {
      b.SetInsertPoint(&bb);
      b.CreateUnreachable();
    }
  emitStackCheck();
  fs = nullptr;
}

/// `own` and the packages it imports, directly or not, in `pkgs` order.
static std::vector<Package *> withImports(const std::vector<Package *> &pkgs, Package *own) {
  std::set<const Package *> need;
  std::vector<Package *> work{own};
  while (!work.empty()) {
    Package *p = work.back();
    work.pop_back();
    if (!p || !need.insert(p).second) continue;
    work.insert(work.end(), p->imports.begin(), p->imports.end());
  }
  std::vector<Package *> r;
  for (Package *p : pkgs)
    if (need.count(p)) r.push_back(p);
  if (r.empty() || r.back() != own) r.push_back(own);
  return r;
}

std::unique_ptr<llvm::Module> CodeGen::run(const std::vector<Package *> &pkgs, Package *own) {
  ownPkg = own;
  // The packages whose definitions go in this module.
  std::vector<Package *> defPkgs = own ? std::vector<Package *>{own} : pkgs;
  mod = std::make_unique<llvm::Module>(own ? own->path : pkgs.empty() ? "golite" : pkgs.back()->path,
                                       C);
  M = mod.get();
  if (opts.target) {
    std::string err;
    if (auto *tm = targetMachine(*opts.target, opts.optLevel, err)) {
      M->setTargetTriple(opts.target->triple);
      M->setDataLayout(tm->createDataLayout());
    }
  }
  if (M->getDataLayout().getPointerSize() != 8)
    M->setDataLayout("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128");
  // A package's module may depend on facts about the packages it imports
  // (the cache key covers them) but never on its importers.
  lowering::analyze(own ? withImports(pkgs, own) : pkgs, an);
  debugInit(defPkgs);

  for (Package *p : pkgs) {
    for (size_t i = 0; i < p->initFuncs.size(); ++i)
      initNames[p->initFuncs[i]] = p->path + ".init." + std::to_string(i);
  }
  for (Package *p : defPkgs) emitGlobals(p);
  for (Package *p : defPkgs) {
    for (File *f : p->files)
      for (Decl *d : f->decls) {
        auto *fd = dyn_cast<FuncDecl>(d);
        if (!fd || !fd->body || !fd->name) continue;
        auto *fn = dyn_cast_or_null<Func>(fd->name->obj);
        if (!fn) continue;
        PendingFn pf;
        pf.fn = getFunc(fn);
        pf.node = fd;
        pf.sig = fn->sig();
        pf.body = fd->body;
        pf.recv = fd->recv;
        pf.ftype = fd->type;
        pf.name = pf.fn->getName().str();
        pending.push_back(std::move(pf));
      }
  }
  emitInit(pkgs);
  while (!pending.empty()) {
    PendingFn p = std::move(pending.back());
    pending.pop_back();
    curPkg = nullptr;
    emitPending(p);
  }
  debugFinish();
  if (ownPkg) putInComdats();
  std::string verr;
  llvm::raw_string_ostream os(verr);
  if (llvm::verifyModule(*M, &os)) {
    llvm::errs() << "golite: internal error: invalid LLVM module:\n" << os.str();
    return nullptr;
  }
  if (failed)
    return nullptr;
  return std::move(mod);
}

void CodeGen::emitPackageInit(Package *p) {
  curPkg = p;
  fs->name = p->path + ".glob.";
  for (auto &in : p->initOrder) {
    if (in.lhs.size() == 1) {
      Var *lhs = in.lhs[0];
      if (lhs->name != "_")
        if (auto *g = dyn_cast<llvm::GlobalVariable>(varAddr(lhs)); g && !g->isDeclaration())
          if (llvm::Constant *k = staticValue(in.rhs, lhs->type)) {
            g->setInitializer(k);
            continue;
          }
      llvm::Value *v = emitExprTo(in.rhs, in.lhs[0]->type);
      if (in.lhs[0]->name != "_") b.CreateStore(v, varAddr(in.lhs[0]));
    } else {
      std::vector<Type *> types;
      auto vals = emitMulti(in.rhs, in.lhs.size(), types);
      for (size_t i = 0; i < vals.size(); ++i)
        if (in.lhs[i]->name != "_")
          b.CreateStore(convertImplicit(vals[i], types[i], in.lhs[i]->type),
                        varAddr(in.lhs[i]));
    }
  }
  for (Func *f : p->initFuncs)
    callValue(getFunc(f)->getFunctionType(), getFunc(f),
              {llvm::Constant::getNullValue(ptrTy())});
}

/// Whole program: __golite_init initializes every package inline, in
/// dependency order. Separate compilation: a non-main package's module
/// defines packageInitSymbol(path) for it alone; main's module defines
/// __golite_init, which calls those of the other packages in `pkgs` order
/// and then initializes main inline.
void CodeGen::emitInit(const std::vector<Package *> &pkgs) {
  auto *fty = llvm::FunctionType::get(b.getVoidTy(), {}, false);
  bool mainModule = internalDefs();
  std::string name = mainModule ? "__golite_init" : packageInitSymbol(ownPkg->path);
  auto *fn = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, name, M);
  setFuncAttrs(fn);
  FnState st;
  st.fn = fn;
  st.name = "init";
  st.sig = nullptr;
  fs = &st;
  auto *entry = llvm::BasicBlock::Create(C, "entry", fn);
  auto *body = llvm::BasicBlock::Create(C, "body", fn);
  b.SetInsertPoint(entry);
  st.allocaPt = b.CreateBr(body);
  b.SetInsertPoint(body);
  st.ctx = llvm::Constant::getNullValue(ptrTy());
  if (!ownPkg) {
    for (Package *p : pkgs) emitPackageInit(p);
  } else {
    if (mainModule)
      for (Package *p : pkgs)
        if (p != ownPkg)
          b.CreateCall(M->getOrInsertFunction(packageInitSymbol(p->path), fty));
    emitPackageInit(ownPkg);
  }
  b.CreateRetVoid();
  for (auto &bb : *fn)
    if (!bb.getTerminator()) {
      b.SetInsertPoint(&bb);
      b.CreateUnreachable();
    }
  fs = nullptr;
  curPkg = nullptr;
}

/// On ELF, a linkonce_odr definition outside a comdat is only a weak
/// symbol: every object's copy would stay in the program. In a comdat of
/// its own name the linker keeps one.
void CodeGen::putInComdats() {
  if (!llvm::Triple(M->getTargetTriple()).supportsCOMDAT()) return;
  auto put = [&](llvm::GlobalObject &g) {
    if (g.isDeclaration() || g.hasComdat() ||
        g.getLinkage() != llvm::GlobalValue::LinkOnceODRLinkage)
      return;
    g.setComdat(M->getOrInsertComdat(g.getName()));
  };
  for (auto &f : M->functions()) put(f);
  for (auto &g : M->globals()) put(g);
}

std::unique_ptr<llvm::Module> golite::generateModule(llvm::LLVMContext &llctx,
                                                     TypeContext &tctx,
                                                     const std::vector<Package *> &pkgs,
                                                     const CodegenOptions &opts) {
  CodeGen cg(llctx, tctx, opts);
  return cg.run(pkgs);
}

std::unique_ptr<llvm::Module> golite::generatePackageModule(llvm::LLVMContext &llctx,
                                                            TypeContext &tctx,
                                                            const std::vector<Package *> &pkgs,
                                                            Package *own,
                                                            const CodegenOptions &opts) {
  CodeGen cg(llctx, tctx, opts);
  return cg.run(pkgs, own);
}

std::string golite::packageInitSymbol(const std::string &path) { return path + "..init"; }
